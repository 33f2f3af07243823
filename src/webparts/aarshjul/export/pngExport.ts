/**
 * The wheel as a PNG at twice its SVG size (sharp on high-density screens and in print), drawn by the browser itself:
 * the standalone SVG is loaded into an image and painted on a canvas — no library.
 */
export function svgToPng(svgText: string, width: number, height: number, scale: number = 2): Promise<Blob> {
  return new Promise<Blob>((resolve, reject) => {
    const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml;charset=utf-8' }));
    const image = new Image();
    image.onload = () => {
      try {
        const canvas = document.createElement('canvas');
        canvas.width = Math.round(width * scale);
        canvas.height = Math.round(height * scale);
        const context = canvas.getContext('2d');
        if (!context) throw new Error('Canvas 2D er ikke tilgængelig i denne browser.');
        context.drawImage(image, 0, 0, canvas.width, canvas.height);
        canvas.toBlob(blob => (blob ? resolve(blob) : reject(new Error('Billedet kunne ikke dannes.'))), 'image/png');
      } catch (error) {
        reject(error);
      } finally {
        URL.revokeObjectURL(url);
      }
    };
    image.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new Error('SVG-billedet kunne ikke indlæses.'));
    };
    image.src = url;
  });
}
