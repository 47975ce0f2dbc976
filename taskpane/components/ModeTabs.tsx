/**
 * The pane's two ways in: *Analyseren* (a client list there is) and *Klantenlijst maken* (from exports). A WAI-ARIA
 * tab list of the browser's own buttons (Fluent's TabList would cost the bundle about 30 kB): one tab stop, the
 * arrow keys, Home and End move between the tabs and select them; each tab controls its panel (`{id}-panel-{mode}`).
 */
import { useRef, type KeyboardEvent } from 'react';

export function ModeTabs<M extends string>({ id, modes, selected, label, onSelect }: {
  id: string;
  modes: readonly { value: M; label: string }[];
  selected: M;
  label: string;
  onSelect: (mode: M) => void;
}) {
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const move = (event: KeyboardEvent, index: number): void => {
    const last = modes.length - 1;
    const to = event.key === 'ArrowRight' ? (index === last ? 0 : index + 1)
      : event.key === 'ArrowLeft' ? (index === 0 ? last : index - 1)
        : event.key === 'Home' ? 0 : event.key === 'End' ? last : -1;
    if (to < 0) return;
    event.preventDefault();
    buttons.current[to]?.focus();
    onSelect(modes[to]!.value);
  };
  return (
    <div role="tablist" aria-label={label} className="kw-modes">
      {modes.map((mode, i) => (
        <button key={mode.value} ref={(el) => { buttons.current[i] = el; }} type="button" role="tab" id={`${id}-tab-${mode.value}`}
          aria-selected={mode.value === selected} aria-controls={`${id}-panel-${mode.value}`} tabIndex={mode.value === selected ? 0 : -1}
          className={`kw-mode${mode.value === selected ? ' kw-mode-selected' : ''}`} onClick={() => onSelect(mode.value)} onKeyDown={(event) => move(event, i)}>
          {mode.label}
        </button>
      ))}
    </div>
  );
}
