import { useComputedColorScheme, useMantineTheme } from '@mantine/core';
import { useLayoutEffect, useMemo, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import './kpis.chart.css';
import type { ChartOptions, ChartTheme } from './kpis.chart.options';

/** The x range shown, in the x scale's units; null when the whole data is. */
export type XRange = readonly [number, number] | null;

/**
 * A uPlot chart that fills its container's width. The canvas is an image to assistive
 * technology, named by `label`; callers give a table of the same data beside it. Once a
 * frame is drawn at the container's size the container has `data-chart-drawn`, which tests
 * and the benchmark wait for. With `onZoom`, a range dragged across (or the whole again, on a
 * double click) is told; `xRange` is the range shown when the chart is made.
 */
export function UPlotChart(props: {
  options: ChartOptions;
  data: uPlot.AlignedData;
  height: number;
  label: string;
  xRange?: XRange;
  onZoom?: (range: XRange) => void;
}) {
  const { options, data, height } = props;
  const box = useRef<HTMLDivElement>(null);
  const zoomRef = useRef(props.onZoom);
  zoomRef.current = props.onZoom;
  const [from, to] = props.xRange ?? [null, null];

  useLayoutEffect(() => {
    const el = box.current!;
    el.removeAttribute('data-chart-drawn');
    const onDraw = () => el.setAttribute('data-chart-drawn', '');
    // Only the reader's zooms are told, not the range the chart is made with: uPlot tells a scale
    // in a microtask, after this effect, and telling the same range again would make the chart
    // anew with it, which tells it again, for ever (the page hung on the first drag).
    let told: XRange = from !== null && to !== null ? [from, to] : null;
    const onScale = (u: uPlot, key: string) => {
      if (key !== 'x') return;
      const xs = u.data[0];
      const { min, max } = u.scales.x;
      if (min == null || max == null || xs.length === 0) return;
      const range: XRange = min <= xs[0]! && max >= xs[xs.length - 1]! ? null : [min, max];
      if (range?.[0] === told?.[0] && range?.[1] === told?.[1]) return;
      told = range;
      zoomRef.current?.(range);
    };
    const hooks = { ...options.hooks, draw: [...(options.hooks?.draw ?? []), onDraw], setScale: [...(options.hooks?.setScale ?? []), onScale] };
    const chart = new uPlot({ ...options, hooks, width: el.clientWidth, height }, data, el);
    if (from !== null && to !== null) chart.setScale('x', { min: from, max: to });
    // The chart follows its container, e.g. when the navigation opens or the phone turns.
    let width = el.clientWidth;
    const resize = new ResizeObserver(() => {
      if (el.clientWidth === width) return;
      width = el.clientWidth;
      el.removeAttribute('data-chart-drawn');
      chart.setSize({ width, height });
    });
    resize.observe(el);
    return () => {
      resize.disconnect();
      chart.destroy();
    };
  }, [options, data, height, from, to]);

  return <div ref={box} role="img" aria-label={props.label} className="kpi-chart" />;
}

/** Chart colours from the Mantine palette, chosen per colour scheme for contrast on its background. */
export function useChartTheme(): ChartTheme {
  const theme = useMantineTheme();
  const scheme = useComputedColorScheme('light');
  return useMemo(() => {
    const c = theme.colors;
    return scheme === 'dark'
      ? { text: c.dark[0], grid: c.dark[4], actual: c.indigo[3], goals: [c.teal[4], c.orange[4], c.grape[3], c.cyan[4]], marker: 'rgba(166, 167, 171, 0.35)' }
      : { text: c.gray[7], grid: c.gray[2], actual: c.indigo[7], goals: [c.teal[8], c.orange[8], c.grape[7], c.cyan[8]], marker: 'rgba(134, 142, 150, 0.3)' };
  }, [theme, scheme]);
}
