export const uiMessagesSv = {
  'ui.unsaved': 'Inte sparat',
  'ui.unsavedCount': '{count} fält är inte sparade: rätta det som är markerat.',
  'ui.unsavedOne': 'Ett fält är inte sparat: rätta det som är markerat.',
  'ui.removeItem': 'Ta bort',
  'ui.nameRequired': 'Fyll i {field}.',
  'ui.fileRefused': '{file} gick inte att läsa in:',
} as const;
