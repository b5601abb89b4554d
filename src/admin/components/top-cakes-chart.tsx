type Bar = { label: string; value: number }

/** A small horizontal bar chart in plain SVG (no chart library in the admin bundle). */
export const TopCakesChart = ({ bars }: { bars: Bar[] }) => {
  const max = Math.max(1, ...bars.map((b) => b.value))
  const rowHeight = 28
  const labelWidth = 160
  const width = 480
  return (
    <svg
      role="img"
      aria-label="Top cakes by quantity sold"
      viewBox={`0 0 ${width} ${bars.length * rowHeight}`}
      className="w-full max-w-xl"
      data-chart="top-cakes"
    >
      {bars.map((bar, index) => {
        const barWidth = ((width - labelWidth - 40) * bar.value) / max
        const y = index * rowHeight
        return (
          <g key={bar.label} data-bar={bar.label}>
            <text x={0} y={y + 18} className="fill-ui-fg-subtle text-[12px]">
              {bar.label.length > 22 ? `${bar.label.slice(0, 21)}…` : bar.label}
            </text>
            <rect x={labelWidth} y={y + 6} width={barWidth} height={16} rx={3} className="fill-ui-fg-interactive" />
            <text x={labelWidth + barWidth + 6} y={y + 18} className="fill-ui-fg-base text-[12px]">
              {bar.value}
            </text>
          </g>
        )
      })}
    </svg>
  )
}
