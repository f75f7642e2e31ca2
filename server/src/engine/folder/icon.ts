// icon.png: what its bytes say (PNG signature, IHDR width and height), checked against the certification
// documentation ("Design an icon for your connector": a PNG named icon.png, a logo of about 160 × 160 pixels inside a
// square of about 230 × 230 pixels; independent publishers submit no icon). Binary: findings sit at the file's start.
import type { Profile, Severity } from '../settings';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
/** The documented size of the icon's square, "approximately" (verified publisher certification process). */
export const ICON_SIDE = 230;

export interface IconFacts {
  isPng: boolean;
  /** From the IHDR chunk, when the file is a PNG with a readable header. */
  width?: number;
  height?: number;
  /** What the bytes look like instead, for the message (JPEG, GIF, ...). */
  looksLike?: string;
}

/** Reads the first bytes of an icon file (33 are enough: signature, IHDR length, type, width, height). */
export function iconFacts(bytes: Uint8Array): IconFacts {
  const signed = bytes.length >= 8 && PNG_SIGNATURE.every((b, i) => bytes[i] === b);
  if (!signed) return { isPng: false, looksLike: sniff(bytes) };
  // The first chunk must be IHDR: 4 bytes length (13), 4 bytes type, then width and height (big-endian).
  const type = String.fromCharCode(...bytes.slice(12, 16));
  if (bytes.length < 24 || type !== 'IHDR') return { isPng: false, looksLike: 'a PNG signature without an image header (a truncated or damaged file)' };
  const u32 = (o: number) => ((bytes[o] << 24) >>> 0) + (bytes[o + 1] << 16) + (bytes[o + 2] << 8) + bytes[o + 3];
  return { isPng: true, width: u32(16), height: u32(20) };
}

function sniff(bytes: Uint8Array): string {
  const starts = (...b: number[]) => b.every((x, i) => bytes[i] === x);
  if (bytes.length === 0) return 'an empty file';
  if (starts(0xff, 0xd8, 0xff)) return 'a JPEG image';
  if (starts(0x47, 0x49, 0x46, 0x38)) return 'a GIF image';
  if (starts(0x42, 0x4d)) return 'a BMP image';
  if (starts(0x52, 0x49, 0x46, 0x46) && bytes.length >= 12 && String.fromCharCode(...bytes.slice(8, 12)) === 'WEBP') return 'a WebP image';
  if (starts(0x00, 0x00, 0x01, 0x00)) return 'a Windows icon (.ico)';
  const head = String.fromCharCode(...bytes.slice(0, 64)).trimStart().toLowerCase();
  if (head.startsWith('<svg') || head.startsWith('<?xml')) return 'an SVG or XML text';
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return 'an HTML page (a download that saved an error page?)';
  if (head.startsWith('version https://git-lfs')) return 'a Git LFS pointer (the image itself was not checked out)';
  return 'no known image format';
}

export interface IconFinding {
  id: 'icon-format' | 'icon-dimensions' | 'icon-independent-publisher';
  message: string;
  /** Set when the finding's level differs from the rule's default. */
  severity?: Severity;
}

/** The findings of one icon file for a profile (a custom connector gets none: the requirements are certification's). */
export function checkIcon(bytes: Uint8Array, profile: Profile, fileName = 'icon.png'): IconFinding[] {
  if (profile === 'independent-publisher') {
    return [{
      id: 'icon-independent-publisher',
      message: `An Independent Publisher connector must not ship an icon: the platform applies a generic icon to it, and the submission checklist asks to leave ${fileName} out. Delete ${fileName} from the folder.`,
    }];
  }
  if (profile !== 'certified') return [];
  const facts = iconFacts(bytes);
  if (!facts.isPng) {
    return [{ id: 'icon-format', message: `${fileName} is not a PNG image (its bytes show ${facts.looksLike}); certification takes the icon in PNG format as icon.png. Save the icon as PNG.` }];
  }
  const { width = 0, height = 0 } = facts;
  if (width !== height) {
    return [{ id: 'icon-dimensions', message: `The icon is ${width} × ${height} pixels, not square; certification documents a square of about ${ICON_SIDE} × ${ICON_SIDE} pixels with the logo inside. Make it square.` }];
  }
  if (width !== ICON_SIDE) {
    return [{
      id: 'icon-dimensions', severity: 'information',
      message: `The icon is ${width} × ${height} pixels; certification documents a square of about ${ICON_SIDE} × ${ICON_SIDE} pixels (a logo of about 160 × 160 inside it).`,
    }];
  }
  return [];
}
