import type { RoadmapLink } from '@kurs/core';
import interRegular from '@fontsource/inter/files/inter-latin-400-normal.woff2?url';
import interSemiBold from '@fontsource/inter/files/inter-latin-600-normal.woff2?url';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { AXIS_HEIGHT, Axis, BarGroup, barElement, FONT_FAMILY, Grid, LaneLabels, LinkMarkers, Links, Milestones, OverBudget, type Drawing } from './roadmap.drawing';
import { fontDataUrl, withEmbeddedFonts } from './roadmap.export';

const LABEL_WIDTH = 220;
const CAPTION_HEIGHT = 40;

interface PictureProps {
  drawing: Drawing;
  links: readonly RoadmapLink[];
  caption: string;
}

/** The whole roadmap of the current view in one SVG: every lane and bar, nothing left out for speed. */
function RoadmapPicture(props: PictureProps) {
  const { drawing } = props;
  const { layout, scale, palette } = drawing;
  const width = LABEL_WIDTH + scale.width;
  const height = CAPTION_HEIGHT + AXIS_HEIGHT + layout.height;
  const bars = [...layout.byId.values()];
  return (
    <svg xmlns="http://www.w3.org/2000/svg" width={width} height={height} viewBox={`0 0 ${width} ${height}`} fontFamily={FONT_FAMILY}>
      <title>{props.caption}</title>
      <LinkMarkers palette={palette} id="arrow" />
      <rect width={width} height={height} fill={palette.background} />
      <text x={16} y={26} fontSize={16} fontWeight={600} fill={palette.text}>
        {props.caption}
      </text>
      <g transform={`translate(${LABEL_WIDTH},${CAPTION_HEIGHT})`}>
        <Axis drawing={drawing} />
      </g>
      <g transform={`translate(0,${CAPTION_HEIGHT + AXIS_HEIGHT})`}>
        <LaneLabels drawing={drawing} lanes={layout.lanes} width={LABEL_WIDTH} />
      </g>
      <g transform={`translate(${LABEL_WIDTH},${CAPTION_HEIGHT + AXIS_HEIGHT})`}>
        <Grid drawing={drawing} lanes={layout.lanes} height={layout.height} />
        {drawing.view === 'team' && <OverBudget drawing={drawing} lanes={layout.lanes} />}
        <Milestones drawing={drawing} lanes={layout.lanes} />
        <BarGroup>{bars.map((box) => barElement(drawing, box, { interactive: false }))}</BarGroup>
        <Links drawing={drawing} links={props.links} markerId="arrow" />
      </g>
    </svg>
  );
}

/** The picture as an SVG file's text, with the app's own Inter inside it (nothing is fetched from outside). */
export async function pictureSvg(props: PictureProps): Promise<{ svg: string; width: number; height: number }> {
  const fonts = Promise.all([
    fontDataUrl(interRegular).then((url) => ({ family: 'Inter', weight: 400, url })),
    fontDataUrl(interSemiBold).then((url) => ({ family: 'Inter', weight: 600, url })),
  ]);
  const container = document.createElement('div');
  const root = createRoot(container);
  try {
    flushSync(() => root.render(<RoadmapPicture {...props} />));
    const element = container.querySelector('svg');
    if (!element) throw new Error('the roadmap picture was not drawn');
    const svg = new XMLSerializer().serializeToString(element);
    return { svg: withEmbeddedFonts(svg, await fonts), width: Number(element.getAttribute('width')), height: Number(element.getAttribute('height')) };
  } finally {
    root.unmount();
  }
}
