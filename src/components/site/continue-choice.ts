// Which lesson "Continue where you left off" opens (issue 9): pure, so it is unit-tested without a page.
// The lesson the learner touched last, unless it is done: then the first lesson after it that is not done
// (course order), else the first not-done lesson from the start. Nothing touched yet: no choice (the page's
// own "Start the course" link stays). Everything done: no choice either (the last lesson has the finish line).
import { type LessonProgress, lessonStatus } from '../../lib/progress/schema.ts';

export function continueChoice(
  order: readonly string[],
  progressOf: (slug: string) => LessonProgress | undefined,
): string | undefined {
  let last: string | undefined;
  let lastAt = -1;
  for (const slug of order) {
    const progress = progressOf(slug);
    if (!progress || lessonStatus(progress) === 'not-started') continue;
    if (progress.updatedAt > lastAt) {
      last = slug;
      lastAt = progress.updatedAt;
    }
  }
  if (last === undefined) return undefined;
  const open = (slug: string) => lessonStatus(progressOf(slug)) !== 'done';
  if (open(last)) return last;
  const from = order.indexOf(last);
  return order.slice(from + 1).find(open) ?? order.find(open);
}
