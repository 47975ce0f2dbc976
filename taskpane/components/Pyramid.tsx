/**
 * The client pyramid as SVG: four bands narrowing to the top, each filled with the sheet's colour for its
 * profitability, with clients and shares beside it. The picture has a text equivalent (`<title>`, `<desc>`) that
 * names each band's profitability, and the legend under it is read out too: neither leaves the meaning to colour.
 */
import { useId } from 'react';
import { COLORS, TIER_LABELS, type AnalysisResult, type Language } from '../../src/core/index.js';
import { pyramidBands } from '../analysis.js';
import { texts } from '../format.js';

const BAND = 50;
const GAP = 3;
const HALF = 62;
const CX = 64;
const TEXT_X = 140;

export function Pyramid({ result, language }: { result: Pick<AnalysisResult, 'pyramid'>; language: Language }) {
  const { t, pct, clients } = texts(language);
  const { bands, inactive } = pyramidBands(result);
  const titleId = useId();
  const descId = useId();
  const height = bands.length * BAND;
  // The fill says each band's profitability; the text equivalent must say it too, not leave it to the colour.
  const profitabilityText = { profit: t('legendProfit'), thin: t('legendThin'), loss: t('legendLoss'), empty: '' } as const;
  const description = bands
    .map((b) => {
      const figures = `${TIER_LABELS[language][b.tier]}: ${clients(b.clients)}, ${t('bandShares', { revenue: pct(b.revenueShare), profit: pct(b.netProfitShare) })}`;
      return b.profitability === 'empty' ? figures : `${figures}, ${profitabilityText[b.profitability]}`;
    })
    .join('; ');
  return (
    <figure className="kw-pyramid">
      <svg viewBox={`0 0 300 ${height}`} width="100%" role="img" aria-labelledby={`${titleId} ${descId}`}>
        <title id={titleId}>{t('pyramidHeading')}</title>
        <desc id={descId}>{t('pyramidDescription', { bands: description })}</desc>
        {bands.map((band, i) => {
          const top = i * BAND + (i === 0 ? 0 : GAP / 2);
          const bottom = (i + 1) * BAND - GAP / 2;
          const halfTop = (HALF * i) / bands.length;
          const halfBottom = (HALF * (i + 1)) / bands.length;
          const points = [
            [CX - halfTop, top], [CX + halfTop, top], [CX + halfBottom, bottom], [CX - halfBottom, bottom],
          ].map(([x, y]) => `${x!.toFixed(1)},${y!.toFixed(1)}`).join(' ');
          const y = i * BAND + 16;
          return (
            <g key={band.tier}>
              <polygon points={points} fill={band.color} stroke={COLORS.heading} strokeWidth={0.75} />
              <text x={TEXT_X} y={y} className="kw-band-title">
                {TIER_LABELS[language][band.tier]} · {clients(band.clients)}
              </text>
              <text x={TEXT_X} y={y + 15} className="kw-band-figures">
                {t('bandShares', { revenue: pct(band.revenueShare), profit: pct(band.netProfitShare) }).split(' · ')[0]}
              </text>
              <text x={TEXT_X} y={y + 29} className="kw-band-figures">
                {t('bandShares', { revenue: pct(band.revenueShare), profit: pct(band.netProfitShare) }).split(' · ')[1]}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul className="kw-legend" aria-label={t('legendLabel')}>
          <li><span className="kw-swatch" style={{ background: COLORS.profit }} />{t('legendProfit')}</li>
          <li><span className="kw-swatch" style={{ background: COLORS.thin }} />{t('legendThin')}</li>
          <li><span className="kw-swatch" style={{ background: COLORS.loss }} />{t('legendLoss')}</li>
        </ul>
        {inactive > 0 && <p className="kw-muted">{t('inactive', { clients: clients(inactive) })}</p>}
      </figcaption>
    </figure>
  );
}
