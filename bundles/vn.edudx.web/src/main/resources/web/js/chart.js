// ECharts, from its WebJar embedded in this bundle, loaded only by the pages that draw a chart.

const ECHARTS = '/webjars/echarts/5.3.1/dist/echarts.min.js';
let loading;
const charts = new Set();

function load() {
  if (window.echarts) return Promise.resolve(window.echarts);
  if (!loading) {
    loading = new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = ECHARTS;
      script.addEventListener('load', () => resolve(window.echarts));
      script.addEventListener('error', () => reject(new Error(`cannot load ${ECHARTS}`)));
      document.head.appendChild(script);
    });
    window.addEventListener('resize', () => charts.forEach((c) => c.resize()));
  }
  return loading;
}

/** Draws the option into the node; charts of earlier pages are disposed of. */
export async function draw(node, option) {
  const echarts = await load();
  for (const c of charts) if (!document.body.contains(c.getDom())) {
    c.dispose();
    charts.delete(c);
  }
  const chart = echarts.init(node, null, { renderer: 'canvas' });
  chart.setOption(option);
  charts.add(chart);
  return chart;
}
