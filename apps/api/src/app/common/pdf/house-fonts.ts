import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { create, Font } from '@foliojs-fork/fontkit';
import vfs from 'pdfmake/build/vfs_fonts';
import type { TFontDictionary } from 'pdfmake/interfaces';

import { woffToSfnt } from './woff-to-sfnt';

/** The font families of the house style; Roboto sets all text its glyphs cover. */
export type HouseFontFamily = 'Roboto' | 'NotoSansHebrew' | 'PlexSansArabic' | 'NotoEmoji';

/** The family every text starts in (the documents' default style). */
export const HOUSE_FONT: HouseFontFamily = 'Roboto';

interface FamilyFiles {
  regular: Buffer;
  bold: Buffer;
}

/** Which families have a glyph for a code point, so each piece of text gets a font that has it. */
export interface FontCoverage {
  covers(family: HouseFontFamily, codePoint: number): boolean;
}

export interface HouseFonts {
  dictionary: TFontDictionary;
  coverage: FontCoverage;
}

const shipped = (file: string) => Buffer.from(vfs[file] ?? '', 'base64');

/** Resolves from this file (the bundle, once built) at run time: the bundler leaves fonts alone. */
const resolvePackageFile = createRequire(__filename).resolve;

/**
 * A font as Fontsource ships it (all under the SIL Open Font License 1.1), in the subset of its
 * script, unpacked from WOFF once; 500 matches the weight of Roboto Medium.
 */
function fontsource(pkg: string, file: string, weight: 400 | 500): Buffer {
  const path = resolvePackageFile(`@fontsource/${pkg}/files/${file}-${weight}-normal.woff`);
  return woffToSfnt(readFileSync(path));
}

function loadFiles(): Record<HouseFontFamily, FamilyFiles> {
  const emoji = fontsource('noto-emoji', 'noto-emoji-emoji', 400);
  return {
    // pdfmake's Roboto; its bold is Roboto Medium.
    Roboto: { regular: shipped('Roboto-Regular.ttf'), bold: shipped('Roboto-Medium.ttf') },
    NotoSansHebrew: {
      regular: fontsource('noto-sans-hebrew', 'noto-sans-hebrew-hebrew', 400),
      bold: fontsource('noto-sans-hebrew', 'noto-sans-hebrew-hebrew', 500),
    },
    // IBM Plex Sans Arabic draws every letter form whole; Noto Sans Arabic splits letters into a
    // shared skeleton and dots, which reads back from the PDF as the wrong letters.
    PlexSansArabic: {
      regular: fontsource('ibm-plex-sans-arabic', 'ibm-plex-sans-arabic-arabic', 400),
      bold: fontsource('ibm-plex-sans-arabic', 'ibm-plex-sans-arabic-arabic', 500),
    },
    // The monochrome Noto Emoji: PDF fonts have no colour glyphs to embed.
    NotoEmoji: { regular: emoji, bold: emoji },
  };
}

function dictionary(files: Record<HouseFontFamily, FamilyFiles>): TFontDictionary {
  const fonts: TFontDictionary = {
    Courier: {
      normal: 'Courier',
      bold: 'Courier-Bold',
      italics: 'Courier-Oblique',
      bolditalics: 'Courier-BoldOblique',
    },
  };
  for (const [family, { regular, bold }] of Object.entries(files)) {
    fonts[family] = { normal: regular, bold, italics: regular, bolditalics: bold };
  }
  // Roboto has real italics; Hebrew, Arabic and emoji are set upright.
  fonts['Roboto'] = {
    ...fonts['Roboto'],
    italics: shipped('Roboto-Italic.ttf'),
    bolditalics: shipped('Roboto-MediumItalic.ttf'),
  };
  return fonts;
}

function coverage(files: Record<HouseFontFamily, FamilyFiles>): FontCoverage {
  const fonts = new Map<HouseFontFamily, Font>();
  for (const [family, { regular }] of Object.entries(files)) {
    fonts.set(family as HouseFontFamily, create(regular));
  }
  return {
    covers: (family, codePoint) => fonts.get(family)?.hasGlyphForCodePoint(codePoint) ?? false,
  };
}

let loaded: HouseFonts | undefined;

/** Reads the font files once per process; every document after that shares the buffers. */
export function houseFonts(): HouseFonts {
  if (!loaded) {
    const files = loadFiles();
    loaded = { dictionary: dictionary(files), coverage: coverage(files) };
  }
  return loaded;
}
