// Answer checking for predictions and quizzes: pure, so the page and the tests agree on what is right.
import type { ExerciseLocale, Question } from './types.ts';

export interface AnswerResult {
  correct: boolean;
  /** The reply to the chosen wrong answer (if the question has one), then the explanation. */
  messages: string[];
}

export function answer(question: Question, choice: string, locale: ExerciseLocale): AnswerResult {
  const correct = choice === question.answer;
  const messages: string[] = [];
  const whyNot = question.whyNot?.[choice];
  if (!correct && whyNot) messages.push(whyNot[locale]);
  messages.push(question.explanation[locale]);
  return { correct, messages };
}
