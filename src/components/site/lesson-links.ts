// The course's lessons as the page hands them to its custom elements (data-lessons = JSON
// [{ slug, href, label }] in course order). Built by the page itself, but read defensively: a malformed
// attribute means "no lessons", never a thrown error in connectedCallback.

export interface LessonLink {
  slug: string;
  href: string;
  label: string;
}

export function lessonLinksOf(element: HTMLElement): LessonLink[] {
  try {
    const parsed: unknown = JSON.parse(element.dataset.lessons ?? '[]');
    return Array.isArray(parsed) ? (parsed as LessonLink[]) : [];
  } catch {
    return [];
  }
}
