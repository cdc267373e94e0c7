package org.silkway.reports.template;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.geom.Rectangle2D;
import java.text.AttributedString;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.fonts.FontUtil;
import net.sf.jasperreports.renderers.AbstractRenderer;
import net.sf.jasperreports.renderers.Graphics2DRenderable;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.entity.CategoryItemEntity;
import org.jfree.chart.entity.StandardEntityCollection;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;
import org.silkway.core.i18n.Language;
import org.silkway.reports.brief.model.Block;

/**
 * Draws a brief's bar chart with JFreeChart straight onto the PDF's vector graphics: no raster, no
 * jasperreports-charts. Fonts come from the font extension, never from the operating system.
 *
 * <p>JFreeChart draws the bars, the grid and the numeric ticks. The words (bar labels, worded
 * values, the axis label) are drawn here instead: Java2D has no fallback between fonts loaded from
 * files, and neither DejaVu Sans (no Chinese) nor Droid Sans Fallback (no Latin digits) prints
 * "2024年" on its own, so each run of characters gets the font that has its glyphs.
 *
 * <p>Serializable with plain arrays, because a virtualized report swaps its images to disk.
 */
final class BarChartRenderer extends AbstractRenderer implements Graphics2DRenderable {

  private static final long serialVersionUID = 1L;
  private static final Color NAVY = new Color(0x0B, 0x3A, 0x5B);
  private static final Color INK = new Color(0x22, 0x2B, 0x33);
  private static final Color MUTED = new Color(0x5A, 0x6B, 0x7B);
  private static final Color RULE = new Color(0xD5, 0xDC, 0xE3);
  private static final float TEXT_SIZE = 7.5f;
  private static final double GAP = 6;

  private final String axisLabel;
  private final String[] labels;
  private final double[] values;
  private final String[] valueLabels;
  private final Locale locale;

  private BarChartRenderer(
      String axisLabel, String[] labels, double[] values, String[] valueLabels, Locale locale) {
    this.axisLabel = axisLabel;
    this.labels = labels;
    this.values = values;
    this.valueLabels = valueLabels;
    this.locale = locale;
  }

  static BarChartRenderer of(Block.Chart chart, Language language) {
    List<Block.Bar> bars = chart.bars();
    return new BarChartRenderer(
        chart.axisLabel(),
        bars.stream().map(Block.Bar::label).toArray(String[]::new),
        bars.stream().mapToDouble(Block.Bar::value).toArray(),
        bars.stream().map(Block.Bar::valueLabel).toArray(String[]::new),
        language.locale());
  }

  @Override
  public void render(JasperReportsContext context, Graphics2D graphics, Rectangle2D area) {
    FontUtil fonts = FontUtil.getInstance(context);
    Words words =
        new Words(
            fonts.getAwtFontFromBundles("DejaVu Sans", Font.PLAIN, TEXT_SIZE, locale, false),
            fonts.getAwtFontFromBundles("DejaVu Sans", Font.BOLD, TEXT_SIZE, locale, false),
            fonts.getAwtFontFromBundles("Silkway CJK", Font.PLAIN, TEXT_SIZE, locale, false),
            graphics.getFontRenderContext());

    double labelWidth = 0;
    for (String label : labels) {
      labelWidth = Math.max(labelWidth, words.width(label, false));
    }
    labelWidth = Math.min(labelWidth, area.getWidth() * 0.3);
    double valueWidth = 0;
    for (String value : valueLabels) {
      valueWidth = Math.max(valueWidth, words.width(value, true));
    }
    double axisLabelHeight = axisLabel == null || axisLabel.isBlank() ? 0 : 14;
    Rectangle2D chartArea =
        new Rectangle2D.Double(
            area.getX() + labelWidth + GAP,
            area.getY(),
            area.getWidth() - labelWidth - GAP - valueWidth - GAP,
            area.getHeight() - axisLabelHeight);

    ChartRenderingInfo drawn = new ChartRenderingInfo(new StandardEntityCollection());
    chart(words.latin).draw(graphics, chartArea, drawn);

    graphics.setColor(INK);
    for (Object entity : drawn.getEntityCollection().getEntities()) {
      if (entity instanceof CategoryItemEntity item) {
        int bar = ((Category) item.getColumnKey()).index();
        Rectangle2D box = item.getArea().getBounds2D();
        words.drawRightAligned(
            graphics, labels[bar], area.getX(), labelWidth, box.getCenterY(), false);
        words.drawLeftAligned(
            graphics, valueLabels[bar], box.getMaxX() + 4, box.getCenterY(), true);
      }
    }
    if (axisLabelHeight > 0) {
      graphics.setColor(MUTED);
      double width = words.width(axisLabel, false);
      words.drawLeftAligned(
          graphics,
          axisLabel,
          chartArea.getCenterX() - width / 2,
          area.getMaxY() - axisLabelHeight / 2,
          false);
    }
  }

  private JFreeChart chart(Font tickFont) {
    DefaultCategoryDataset dataset = new DefaultCategoryDataset();
    for (int i = 0; i < labels.length; i++) {
      dataset.addValue(values[i], "bars", new Category(i));
    }

    CategoryAxis categories = new CategoryAxis();
    categories.setTickLabelsVisible(false);
    categories.setTickMarksVisible(false);
    categories.setAxisLinePaint(RULE);
    categories.setCategoryMargin(0.3);
    categories.setLowerMargin(0.02);
    categories.setUpperMargin(0.02);

    NumberAxis amounts = new NumberAxis();
    amounts.setTickLabelFont(tickFont.deriveFont(7f));
    amounts.setTickLabelPaint(MUTED);
    amounts.setNumberFormatOverride(NumberFormat.getNumberInstance(locale));
    amounts.setAxisLineVisible(false);
    amounts.setTickMarksVisible(false);
    amounts.setUpperMargin(0.02);
    if (java.util.Arrays.stream(values).allMatch(v -> v == Math.rint(v))) {
      // Counts of projects: ticks at whole numbers, never "1.5 projects".
      amounts.setStandardTickUnits(NumberAxis.createIntegerTickUnits(locale));
    }

    BarRenderer bars = new BarRenderer();
    bars.setBarPainter(new StandardBarPainter());
    bars.setShadowVisible(false);
    bars.setSeriesPaint(0, NAVY);
    bars.setDrawBarOutline(false);

    CategoryPlot plot = new CategoryPlot(dataset, categories, amounts, bars);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlineVisible(false);
    plot.setRangeGridlinePaint(RULE);
    plot.setRangeGridlineStroke(new BasicStroke(0.5f));
    plot.setDomainGridlinesVisible(false);
    plot.setInsets(RectangleInsets.ZERO_INSETS);
    plot.setAxisOffset(RectangleInsets.ZERO_INSETS);

    JFreeChart chart = new JFreeChart(null, tickFont, plot, false);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setBorderVisible(false);
    chart.setPadding(RectangleInsets.ZERO_INSETS);
    return chart;
  }

  /** A bar's key: by position, so two bars with one label stay two bars. */
  private record Category(int index) implements Comparable<Category> {
    @Override
    public int compareTo(Category other) {
      return Integer.compare(index, other.index);
    }
  }

  /** Text in two fonts: DejaVu Sans where it has the glyph, Droid Sans Fallback elsewhere. */
  private static final class Words {
    private final Font latin;
    private final Font latinBold;
    private final Font han;
    private final FontRenderContext frc;

    Words(Font latin, Font latinBold, Font han, FontRenderContext frc) {
      this.latin = latin;
      this.latinBold = latinBold;
      this.han = han;
      this.frc = frc;
    }

    private AttributedString attributed(String text, boolean bold) {
      AttributedString string = new AttributedString(text);
      Font base = bold ? latinBold : latin;
      for (int i = 0; i < text.length(); ) {
        int codePoint = text.codePointAt(i);
        int next = i + Character.charCount(codePoint);
        string.addAttribute(TextAttribute.FONT, latin.canDisplay(codePoint) ? base : han, i, next);
        i = next;
      }
      return string;
    }

    double width(String text, boolean bold) {
      return text.isEmpty()
          ? 0
          : new TextLayout(attributed(text, bold).getIterator(), frc).getAdvance();
    }

    void drawLeftAligned(Graphics2D g, String text, double x, double centerY, boolean bold) {
      if (!text.isEmpty()) {
        TextLayout layout = new TextLayout(attributed(text, bold).getIterator(), frc);
        layout.draw(
            g, (float) x, (float) (centerY + (layout.getAscent() - layout.getDescent()) / 2));
      }
    }

    /** Draws right-aligned within {@code width}, wrapping onto lines centred on {@code centerY}. */
    void drawRightAligned(
        Graphics2D g, String text, double x, double width, double centerY, boolean bold) {
      if (text.isEmpty()) {
        return;
      }
      LineBreakMeasurer measurer = new LineBreakMeasurer(attributed(text, bold).getIterator(), frc);
      List<TextLayout> lines = new ArrayList<>();
      while (measurer.getPosition() < text.length()) {
        lines.add(measurer.nextLayout((float) width));
      }
      double lineHeight = TEXT_SIZE * 1.2;
      double y = centerY - lineHeight * lines.size() / 2;
      for (TextLayout line : lines) {
        y += lineHeight;
        line.draw(
            g, (float) (x + width - line.getAdvance()), (float) (y - line.getDescent() - 0.5));
      }
    }
  }
}
