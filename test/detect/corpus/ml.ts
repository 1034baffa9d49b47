// Malayalam (an extra language; India is an SCO member): Mathrubhumi, Manorama style. Case endings
// glue on and a final chillu gives way to its consonant (കസാഖ്സ്ഥാനിൽ). Written from memory: want a native check.
export default [
  '[[sco:ഷാങ്ഹായ് സഹകരണ സംഘടനയുടെ]] ഉച്ചകോടിയിൽ പ്രധാനമന്ത്രി പങ്കെടുത്തു.',
  '[[kazakhstan:കസാഖ്സ്ഥാൻ]] പ്രസിഡന്റ് [[tokayev:ടോകയേവ്]] ഇന്ത്യ സന്ദർശിച്ചു.',
  '[[kazakhstan:കസാഖ്സ്ഥാനിൽ]] നടന്ന യോഗത്തിൽ ഇന്ത്യ പങ്കെടുത്തു.',
  '{{ഷാങ്ഹായ്}} നഗരത്തിൽ മഴ പെയ്തു.',
];
