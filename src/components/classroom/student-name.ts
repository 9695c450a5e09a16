// The student's name as the teacher should see it: asked when joining a class, editable on the results page,
// written into the results file. Kept apart from the progress store (it is not progress, and a name typed before
// storage works must not block anything).
const STUDENT_KEY = 'jobs-lab:v1:student-name';

export function readStudentName(): string {
  try {
    return localStorage.getItem(STUDENT_KEY) ?? '';
  } catch {
    return '';
  }
}

export function saveStudentName(name: string): void {
  try {
    localStorage.setItem(STUDENT_KEY, name.trim().slice(0, 80));
  } catch {
    // Storage refused: the name is simply asked again next time.
  }
}
