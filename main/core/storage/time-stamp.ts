/** A local date and time for file and folder names: `2026-12-05_001502-123`, sortable, no colons (Windows). */
export function localTimeStamp(at: Date): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return (
    `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}_` +
    `${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}-${pad(at.getMilliseconds(), 3)}`
  );
}
