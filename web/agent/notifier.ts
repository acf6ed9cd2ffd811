// Tells an agent that a handoff arrived while they look elsewhere: a short two-tone beep made
// with WebAudio (no audio file to ship) and the count of waiting conversations in the tab's
// title, "(2) Postino — agenti". Browsers let a page play sound only once the user has
// interacted with it: the console starts after the sign-in (an interaction), so the audio
// context is made at once; if the browser still holds it suspended, the next click or key
// press resumes it.
export interface Notifier {
  /** The number of queued conversations changed; beeps when new ones arrived. */
  queueChanged(queued: number, arrived: number): void;
  setBaseTitle(title: string): void;
  dispose(): void;
}

export function createNotifier(doc: Document = document): Notifier {
  let audio: AudioContext | null = null;
  let baseTitle = doc.title;
  let queued = 0;
  const unlock = () => {
    if (typeof AudioContext === 'undefined') return;
    try {
      audio ??= new AudioContext();
      if (audio.state === 'suspended') void audio.resume().catch(() => undefined);
    } catch {
      audio = null; // no sound then, the title still counts
    }
  };
  unlock();
  doc.addEventListener('pointerdown', unlock, { capture: true });
  doc.addEventListener('keydown', unlock, { capture: true });

  const render = () => {
    doc.title = queued > 0 ? `(${queued}) ${baseTitle}` : baseTitle;
  };

  const beep = () => {
    if (!audio) return;
    if (audio.state === 'suspended') void audio.resume().catch(() => undefined);
    const start = audio.currentTime;
    for (const [offset, frequency] of [
      [0, 880],
      [0.18, 1175],
    ] as const) {
      const tone = audio.createOscillator();
      const gain = audio.createGain();
      tone.type = 'sine';
      tone.frequency.value = frequency;
      // A soft attack and decay: no click, not startling.
      gain.gain.setValueAtTime(0.0001, start + offset);
      gain.gain.exponentialRampToValueAtTime(0.2, start + offset + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, start + offset + 0.16);
      tone.connect(gain).connect(audio.destination);
      tone.start(start + offset);
      tone.stop(start + offset + 0.17);
    }
  };

  return {
    queueChanged(count, arrived) {
      queued = count;
      render();
      if (arrived > 0) beep();
    },
    setBaseTitle(title) {
      baseTitle = title;
      render();
    },
    dispose() {
      doc.removeEventListener('pointerdown', unlock, { capture: true });
      doc.removeEventListener('keydown', unlock, { capture: true });
      void audio?.close();
      audio = null;
      queued = 0;
      render();
    },
  };
}
