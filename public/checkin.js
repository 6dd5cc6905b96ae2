// Camera scanning for the check-in page, as progressive enhancement: where the browser can
// read QR codes (BarcodeDetector) and use the camera, a button starts scanning; a code read
// fills the form and submits it. Without this script, or without support, typing works.
(() => {
  const form = document.getElementById('checkin-form');
  const input = document.getElementById('field-code');
  const button = document.getElementById('checkin-scan');
  const video = document.getElementById('checkin-video');
  if (!form || !input || !button || !video) return;
  if (!('BarcodeDetector' in window) || !navigator.mediaDevices?.getUserMedia) return;

  button.hidden = false;
  button.addEventListener('click', async () => {
    let stream;
    try {
      const formats = await window.BarcodeDetector.getSupportedFormats();
      if (!formats.includes('qr_code')) return;
      const detector = new window.BarcodeDetector({ formats: ['qr_code'] });
      stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } });
      video.srcObject = stream;
      video.hidden = false;
      await video.play();
      button.disabled = true;
      for (;;) {
        const codes = await detector.detect(video);
        const value = codes[0]?.rawValue;
        if (value) {
          input.value = value;
          for (const track of stream.getTracks()) track.stop();
          form.submit();
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    } catch {
      // No camera, or permission refused: the field is still there to type into.
      for (const track of stream?.getTracks() ?? []) track.stop();
      video.hidden = true;
      button.disabled = false;
      input.focus();
    }
  });
})();
