// Gujarati (an extra language; India is an SCO member): Divya Bhaskar style. Postpositions glue
// to the name (કઝાકિસ્તાનમાં, સંગઠનની). Written from memory: want a native check.
export default [
  '[[kazakhstan:કઝાકિસ્તાનમાં]] યોજાયેલી [[sco:શાંઘાઈ સહકાર સંગઠનની]] બેઠકમાં ભારતે ભાગ લીધો.',
  '[[kazakhstan:કઝાકિસ્તાનના]] રાષ્ટ્રપતિ [[tokayev:ટોકાયેવ]] ભારત આવ્યા.',
  '{{શાંઘાઈ}} શહેરમાં વરસાદ પડ્યો.',
];
