/**
 * The main process's messages in Swedish, the source of the catalogue's shape
 * (other languages: messages.<language>.ts). The renderer has its own; these
 * are the few strings the host shows itself: native menu labels, dialog
 * titles and errors a user can cause with a file.
 */
export const hostMessagesSv = {
  menu: {
    file: 'Arkiv',
    settings: 'Inställningar…',
    closeWindow: 'Stäng fönster',
    quit: 'Avsluta',
    edit: 'Redigera',
    undo: 'Ångra',
    redo: 'Gör om',
    cut: 'Klipp ut',
    copy: 'Kopiera',
    paste: 'Klistra in',
    selectAll: 'Markera allt',
    view: 'Visa',
    overview: 'Översikt',
    reload: 'Ladda om',
    zoomIn: 'Zooma in',
    zoomOut: 'Zooma ut',
    resetZoom: 'Återställ zoom',
    fullscreen: 'Helskärm',
    devTools: 'Utvecklarverktyg',
    window: 'Fönster',
    minimize: 'Minimera',
    zoomWindow: 'Zooma',
    bringAllToFront: 'Lägg alla överst',
    help: 'Hjälp',
    services: 'Tjänster',
    hideOthers: 'Göm övriga',
    showAll: 'Visa alla',
    about: (appName: string) => `Om ${appName}`,
    hideApp: (appName: string) => `Göm ${appName}`,
    quitApp: (appName: string) => `Avsluta ${appName}`,
  },
  files: {
    saveTitle: 'Spara fil',
    openTitle: 'Öppna fil',
    tooLarge: (name: string, sizeMb: number, maxMb: number) =>
      `Filen ”${name}” är för stor (${sizeMb} MB). Välj en fil på högst ${maxMb} MB.`,
    notAFile: (name: string) => `”${name}” är ingen fil. Välj en fil.`,
    openManyTitle: 'Öppna filer',
    tooMany: (count: number, max: number) => `Du valde ${count} filer; högst ${max} kan öppnas på en gång.`,
    tooLargeTogether: (sizeMb: number, maxMb: number) => `Filerna är tillsammans ${sizeMb} MB; högst ${maxMb} MB kan öppnas på en gång.`,
    wrongType: (name: string, extensions: string) =>
      `Filen ”${name}” har fel filtyp. Välj en fil av typen ${extensions}.`,
    readFailed: (name: string) => `Filen ”${name}” kunde inte läsas. Kontrollera att den finns och att du har behörighet att läsa den.`,
    saveFailed: (name: string) =>
      `Filen ”${name}” kunde inte sparas. Kontrollera att mappen finns, att du har behörighet att skriva där och att filen inte är öppen i ett annat program.`,
  },
};

export type HostMessages = typeof hostMessagesSv;
