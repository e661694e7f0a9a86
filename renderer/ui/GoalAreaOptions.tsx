/** A goal area's choices in a `<select>`, as every list of goal areas names them: code and name ("IE Innovationer och entreprenörskap"). */
export function GoalAreaOptions({ goalAreas }: { goalAreas: readonly { id: string; code: string; name: string }[] }) {
  return (
    <>
      {goalAreas.map((g) => (
        <option key={g.id} value={g.id}>
          {g.code} {g.name}
        </option>
      ))}
    </>
  );
}
