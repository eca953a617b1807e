import { useMemo } from 'react';
import qrcode from 'qrcode-generator';

/** The dark squares of a link's QR code as one SVG path, made on this device (nothing is fetched). */
function qrPath(text: string): { size: number; path: string } {
  const code = qrcode(0, 'M');
  code.addData(text);
  code.make();
  const size = code.getModuleCount();
  let path = '';
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) if (code.isDark(row, col)) path += `M${col + 4} ${row + 4}h1v1h-1z`;
  }
  return { size: size + 8, path };
}

/** A QR code the room screen can show, so a person can open their own link with a phone camera. */
export function LinkQrCode({ link, label }: { readonly link: string; readonly label: string }) {
  const { size, path } = useMemo(() => qrPath(link), [link]);
  return (
    <svg className="link-qr" viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label} shapeRendering="crispEdges">
      <rect className="link-qr__ground" width={size} height={size} />
      <path className="link-qr__squares" d={path} />
    </svg>
  );
}
