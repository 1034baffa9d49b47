// Kannada (an extra language; India is an SCO member): Prajavani style. Case endings glue on
// (ಕಜಕಸ್ತಾನದಲ್ಲಿ, ಸಂಸ್ಥೆಯ). Written from memory: want a native check.
export default [
  '[[sco:ಶಾಂಘೈ ಸಹಕಾರ ಸಂಸ್ಥೆಯ]] ಶೃಂಗಸಭೆಯಲ್ಲಿ ಪ್ರಧಾನಿ ಭಾಗವಹಿಸಿದರು.',
  '[[kazakhstan:ಕಜಕಸ್ತಾನದಲ್ಲಿ]] ನಡೆದ ಸಭೆಯಲ್ಲಿ ಭಾರತ ಭಾಗವಹಿಸಿತು.',
  '[[kazakhstan:ಕಜಕಸ್ತಾನ]] ಅಧ್ಯಕ್ಷ [[tokayev:ಟೋಕಾಯೆವ್]] ಭಾರತಕ್ಕೆ ಭೇಟಿ ನೀಡಿದರು.',
  '{{ಶಾಂಘೈ}} ನಗರದಲ್ಲಿ ಮಳೆಯಾಯಿತು.',
];
