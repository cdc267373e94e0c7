package org.silkway.reports.template;

import java.util.ArrayList;
import java.util.List;
import org.silkway.core.i18n.Language;
import org.silkway.reports.brief.model.Block;
import org.silkway.reports.brief.model.Brief;
import org.silkway.reports.brief.model.BriefSubject;
import org.silkway.reports.brief.model.Figure;
import org.silkway.reports.brief.model.PageLabels;
import org.silkway.reports.brief.model.Section;
import org.silkway.reports.brief.model.SourceEntry;

/**
 * Sample briefs for the renderer's tests: a country brief on Kazakhstan in each language with every
 * block type, and a very large one. Figures are rounded and wordings are illustrative test data,
 * not verified quotations.
 */
final class BriefSamples {

  private BriefSamples() {}

  /** A project name of 300 characters, which the table must print in full. */
  static String longProjectName(Language language) {
    String base =
        in(
            language,
            "China–Kyrgyzstan–Uzbekistan railway, section Kashgar–Torugart–Makmal–Jalal-Abad–Andijan,"
                + " with tunnels, bridges, electrification and the border stations on both sides of"
                + " the Torugart pass, including rolling stock depots and a freight terminal for"
                + " containers bound for Tashkent and the Caspian ports",
            "Железная дорога Китай — Кыргызстан — Узбекистан, участок Кашгар — Торугарт — Макмал —"
                + " Джалал-Абад — Андижан, с тоннелями, мостами, электрификацией и пограничными"
                + " станциями по обе стороны перевала Торугарт, включая депо подвижного состава и"
                + " контейнерный терминал для грузов на Ташкент и порты Каспия",
            "中国—吉尔吉斯斯坦—乌兹别克斯坦铁路喀什—吐尔尕特—马克马尔—贾拉拉巴德—安集延段，包括隧道、桥梁、电气化工程以及吐尔尕特山口两侧的边境站，"
                + "并包括机车车辆段和发往塔什干及里海港口的集装箱货运站，该项目被视为连接中国与中亚及更远市场的南部通道的关键环节，"
                + "各方在建设标准、融资安排、轨距衔接和运营管理等方面进行了多轮磋商并签署了政府间协定和相关文件以推动项目早日开工建设并按期完成");
    return pad(base, 300);
  }

  /** A quote of 600 characters, which must print in full. */
  static String longQuote(Language language) {
    String base =
        in(
            language,
            "China is ready to work with the Central Asian countries to build a closer community"
                + " with a shared future, to expand trade and investment, to speed up the"
                + " China–Kyrgyzstan–Uzbekistan railway and the connectivity of roads, pipelines and"
                + " power lines across the region, to open more green lanes at the border crossings,"
                + " and to deepen cooperation in agriculture, energy, education, health and culture,"
                + " so that the people of all six countries share in the benefits of development and"
                + " the ancient Silk Road regains its vigour in a new era of openness and mutual"
                + " trust between neighbours who have known each other for two thousand years.",
            "Китай готов вместе со странами Центральной Азии строить более тесное сообщество единой"
                + " судьбы, расширять торговлю и инвестиции, ускорить строительство железной дороги"
                + " Китай — Кыргызстан — Узбекистан и развитие дорог, трубопроводов и линий"
                + " электропередачи в регионе, открывать новые «зелёные коридоры» на пограничных"
                + " переходах и углублять сотрудничество в сельском хозяйстве, энергетике,"
                + " образовании, здравоохранении и культуре, чтобы народы всех шести стран"
                + " пользовались плодами развития, а древний Шёлковый путь обрёл новую силу.",
            "中方愿同中亚国家一道，构建更加紧密的命运共同体，扩大贸易和投资规模，加快推进中吉乌铁路建设，推动地区公路、管道和电网互联互通，"
                + "在边境口岸开通更多绿色通道，深化农业、能源、教育、卫生和文化等领域合作，让六国人民共享发展成果，让古老丝绸之路在开放互信的新时代焕发新的活力。"
                + "双方应坚持相互尊重、睦邻友好、同舟共济、互利共赢，携手应对各种风险挑战，维护地区和平稳定与发展繁荣，为世界注入更多稳定性和正能量。"
                + "中方将继续为中亚国家提供力所能及的支持和帮助，共同推动高质量共建一带一路走深走实，造福各国人民。");
    return pad(base, 600);
  }

  /** Makes a sample exactly {@code length} characters long by repeating its words. */
  private static String pad(String text, int length) {
    StringBuilder padded = new StringBuilder(text);
    while (padded.length() < length) {
      padded.append(' ').append(text);
    }
    padded.setLength(length);
    if (Character.isWhitespace(padded.charAt(length - 1))) {
      padded.setCharAt(length - 1, '.');
    }
    return padded.toString();
  }

  static String in(Language language, String en, String ru, String zh) {
    return switch (language) {
      case EN -> en;
      case RU -> ru;
      case ZH -> zh;
    };
  }

  static PageLabels labels(Language language) {
    return switch (language) {
      case EN ->
          new PageLabels(
              "Country brief",
              "Register as of",
              "Edition",
              "English",
              "At a glance",
              "Sources",
              "Page {0} of {1}",
              "Retrieved",
              "Kazakhstan: country brief");
      case RU ->
          new PageLabels(
              "Справка по стране",
              "Состояние реестра на",
              "Выпуск",
              "Русский",
              "Коротко",
              "Источники",
              "Страница {0} из {1}",
              "Получено",
              "Казахстан: справка по стране");
      case ZH ->
          new PageLabels(
              "国别简报", "登记册截至", "版次", "中文", "概览", "资料来源", "第 {0} 页，共 {1} 页", "检索日期", "哈萨克斯坦：国别简报");
    };
  }

  /** Kazakhstan in {@code language}: every block type, six sources with long URLs. */
  static Brief kazakhstan(Language language) {
    Language l = language;
    List<Figure> glance =
        List.of(
            new Figure(
                in(l, "Trade with China", "Торговля с Китаем", "对华贸易额"),
                in(l, "43.8 billion US dollars", "43,8 млрд долларов США", "438亿美元"),
                "2024",
                "",
                List.of(1, 3)),
            new Figure(
                in(
                    l,
                    "Chinese direct investment (stock)",
                    "Прямые инвестиции Китая (накопленные)",
                    "中国直接投资存量"),
                in(l, "about 13 billion US dollars", "около 13 млрд долларов США", "约130亿美元"),
                "2023",
                in(l, "estimate", "оценка", "估计"),
                List.of(2)),
            new Figure(
                in(l, "Border with China", "Граница с Китаем", "中哈边界"),
                in(l, "1,783 km", "1783 км", "1783公里"),
                "",
                "",
                List.of(4)));

    Section overview =
        new Section(
            "overview",
            in(
                l,
                "Kazakhstan and the framework",
                "Казахстан в рамках сотрудничества",
                "哈萨克斯坦与合作机制"),
            List.of(
                new Block.Paragraph(
                    in(
                        l,
                        "Kazakhstan is China's largest trading partner in Central Asia and the first"
                            + " transit country of the overland routes to Europe. Khorgos and"
                            + " Dostyk–Alashankou carry most of the rail freight between the two"
                            + " countries.",
                        "Казахстан — крупнейший торговый партнёр Китая в Центральной Азии и первая"
                            + " транзитная страна сухопутных маршрутов в Европу. Через Хоргос и"
                            + " Достык — Алашанькоу идёт большая часть железнодорожных грузов.",
                        "哈萨克斯坦是中国在中亚最大的贸易伙伴，也是通往欧洲的陆路通道上的第一个过境国。霍尔果斯和多斯特克—阿拉山口承担了两国之间大部分铁路货运。"),
                    "",
                    List.of(1, 4)),
                new Block.Paragraph(
                    "The Astana summit of June 2025 signed a treaty of permanent good-neighbourliness.",
                    in(
                        l,
                        "in English, as the source has it",
                        "на английском, как в источнике",
                        "英文原文"),
                    List.of(5)),
                new Block.Fact(
                    in(l, "Border with China", "Граница с Китаем", "中哈边界"),
                    in(l, "1,783 km", "1783 км", "1783公里"),
                    "",
                    List.of(4)),
                new Block.Fact(
                    in(l, "Rail freight via Khorgos", "Грузы через Хоргос", "经霍尔果斯的铁路货运量"),
                    in(l, "about 33 million tonnes", "около 33 млн тонн", "约3300万吨"),
                    in(l, "estimate", "оценка", "估计"),
                    List.of(3, 6))));

    Section trade =
        new Section(
            "trade",
            in(l, "Trade", "Торговля", "贸易"),
            List.of(
                new Block.Chart(
                    in(
                        l,
                        "Trade between China and Kazakhstan, billion US dollars",
                        "Торговля Китая и Казахстана, млрд долларов США",
                        "中哈贸易额（亿美元）"),
                    in(l, "billion US dollars", "млрд долларов США", "亿美元"),
                    List.of(
                        new Block.Bar("2019", 22.0, in(l, "22.0 bn", "22,0 млрд", "220亿")),
                        new Block.Bar("2020", 21.4, in(l, "21.4 bn", "21,4 млрд", "214亿")),
                        new Block.Bar("2021", 25.3, in(l, "25.3 bn", "25,3 млрд", "253亿")),
                        new Block.Bar("2022", 31.0, in(l, "31.0 bn", "31,0 млрд", "310亿")),
                        new Block.Bar("2023", 41.0, in(l, "41.0 bn", "41,0 млрд", "410亿")),
                        new Block.Bar(
                            in(l, "2024 (preliminary)", "2024 (предв.)", "2024年（初步）"),
                            43.8,
                            in(l, "43.8 bn", "43,8 млрд", "438亿")))),
                new Block.Quote(
                    longQuote(l),
                    in(
                        l,
                        "Xi Jinping, President of the People's Republic of China",
                        "Си Цзиньпин, Председатель КНР",
                        "习近平，中华人民共和国主席"),
                    in(l, "17 June 2025", "17 июня 2025 г.", "2025年6月17日"),
                    in(l, "translated by Silkway from Chinese", "перевод Silkway с китайского", ""),
                    List.of(5))));

    List<String> headers =
        List.of(
            in(l, "Project", "Проект", "项目"),
            in(l, "Countries", "Страны", "国家"),
            in(l, "Sector", "Отрасль", "领域"),
            in(l, "Status", "Статус", "状态"),
            in(l, "Cost", "Стоимость", "造价"),
            in(l, "Financing", "Финансирование", "融资"),
            in(l, "Start", "Начало", "开工"),
            in(l, "Completion", "Завершение", "完工"),
            in(l, "Operator", "Оператор", "运营方"));
    List<Block.Row> rows = new ArrayList<>();
    rows.add(
        new Block.Row(
            List.of(
                longProjectName(l),
                in(
                    l,
                    "China, Kyrgyzstan, Uzbekistan",
                    "Китай, Кыргызстан, Узбекистан",
                    "中国、吉尔吉斯斯坦、乌兹别克斯坦"),
                in(l, "Transport", "Транспорт", "交通"),
                in(l, "Under construction", "Строится", "在建"),
                in(l, "about 8 billion US dollars", "около 8 млрд долларов США", "约80亿美元"),
                in(l, "Joint venture, loans", "СП, кредиты", "合资公司、贷款"),
                "2024",
                "2030",
                in(l, "Joint venture", "Совместное предприятие", "合资公司")),
            List.of(2, 3)));
    rows.add(
        new Block.Row(
            List.of(
                in(l, "Khorgos dry port", "Сухой порт Хоргос", "霍尔果斯无水港"),
                in(l, "Kazakhstan, China", "Казахстан, Китай", "哈萨克斯坦、中国"),
                in(l, "Logistics", "Логистика", "物流"),
                in(l, "Operating", "Действует", "运营中"),
                "",
                in(l, "COSCO stake", "Доля COSCO", "中远海运持股"),
                "2015",
                "2017",
                "KTZ"),
            List.of(4)));
    rows.add(
        new Block.Row(
            List.of(
                in(l, "Turkestan wind farm", "Ветропарк в Туркестанской области", "突厥斯坦风电场"),
                in(l, "Kazakhstan", "Казахстан", "哈萨克斯坦"),
                in(l, "Energy", "Энергетика", "能源"),
                in(l, "Agreed", "Согласован", "已签约"),
                in(l, "1 billion US dollars", "1 млрд долларов США", "10亿美元"),
                "",
                "2025",
                "",
                ""),
            List.of(6)));
    Section projects =
        new Section(
            "projects",
            in(l, "Projects", "Проекты", "项目"),
            List.of(new Block.Table(headers, rows)));

    Section differences =
        new Section(
            "differences",
            in(l, "Where sources differ", "Где источники расходятся", "资料来源分歧"),
            List.of(
                new Block.Difference(
                    in(
                        l,
                        "Cost of the China–Kyrgyzstan–Uzbekistan railway",
                        "Стоимость железной дороги Китай — Кыргызстан — Узбекистан",
                        "中吉乌铁路造价"),
                    List.of(
                        new Block.Alternative(
                            in(l, "8 billion US dollars", "8 млрд долларов США", "80亿美元"),
                            "8 billion US dollars",
                            "",
                            false,
                            List.of(2)),
                        new Block.Alternative(
                            in(
                                l,
                                "about 8 billion US dollars",
                                "около 8 млрд долларов США",
                                "约80亿美元"),
                            in(l, "about 8 billion US dollars", "около 8 млрд долларов", "约80亿美元"),
                            in(l, "estimate", "оценка", "估计"),
                            true,
                            List.of(3, 6))),
                    in(
                        l,
                        "Preferred by the editors: about 8 billion US dollars (the official figure"
                            + " is an estimate at signature).",
                        "Предпочтение редакции: около 8 млрд долларов США (официальная цифра —"
                            + " оценка на момент подписания).",
                        "编辑采用：约80亿美元（官方数字为签约时的估计）。"))));

    List<SourceEntry> sources = new ArrayList<>();
    String[] outlets = {
      "Xinhua",
      "Kazinform",
      "China Daily",
      "The Astana Times",
      "Ministry of Foreign Affairs of the People's Republic of China",
      "Reuters"
    };
    for (int n = 1; n <= 6; n++) {
      sources.add(
          new SourceEntry(
              n,
              in(
                  l,
                  "Report " + n + " on China–Kazakhstan cooperation in trade and transport",
                  "Материал " + n + " о сотрудничестве Китая и Казахстана в торговле и транспорте",
                  "关于中哈贸易和交通合作的报道（" + n + "）"),
              outlets[n - 1],
              n % 2 == 0 ? "Aigerim Seitkali" : "",
              in(l, n + " June 2025", n + " июня 2025 г.", "2025年6月" + n + "日"),
              "https://www.example-news-agency.org/english/2025-06/0"
                  + n
                  + "/c_china-kazakhstan-cooperation-trade-transport-railway-khorgos-dostyk"
                  + "-alashankou-astana-summit-permanent-good-neighbourliness-treaty-"
                  + "20250617-article-number-000"
                  + n
                  + "?utm_source=silkway&utm_medium=brief&utm_campaign=register",
              in(l, "18 June 2025", "18 июня 2025 г.", "2025年6月18日")));
    }

    return new Brief(
        BriefSubject.country("KZ"),
        language,
        in(l, "Kazakhstan", "Казахстан", "哈萨克斯坦"),
        in(
            l,
            "Framework member since 2020; largest trading partner of China in Central Asia",
            "Участник с 2020 года; крупнейший торговый партнёр Китая в Центральной Азии",
            "自2020年起为合作机制成员；中国在中亚的最大贸易伙伴"),
        in(l, "18 June 2025", "18 июня 2025 г.", "2025年6月18日"),
        "KZ-2025-06-18-" + language.tag(),
        labels(language),
        glance,
        List.of(overview, trade, projects, differences),
        sources);
  }

  /** A brief the size of the whole register: {@code rows} projects, {@code sourceCount} sources. */
  static Brief large(int rows, int sourceCount) {
    Brief sample = kazakhstan(Language.EN);
    Block.Table table = (Block.Table) sample.sections().get(2).blocks().get(0);
    List<Block.Row> many = new ArrayList<>(rows);
    for (int i = 0; i < rows; i++) {
      Block.Row model = table.rows().get(i % table.rows().size());
      List<String> cells = new ArrayList<>(model.cells());
      cells.set(
          0,
          "Project "
              + (i + 1)
              + ": "
              + (i % 3 == 0 ? cells.get(0).substring(0, 120) : cells.get(0)));
      many.add(new Block.Row(cells, List.of(1 + i % sourceCount, 1 + (i * 7) % sourceCount)));
    }
    List<SourceEntry> sources = new ArrayList<>(sourceCount);
    SourceEntry model = sample.sources().get(0);
    for (int n = 1; n <= sourceCount; n++) {
      sources.add(
          new SourceEntry(
              n,
              "Report " + n + " on cooperation in the framework",
              model.outlet(),
              model.author(),
              model.date(),
              model.location() + "&n=" + n,
              model.retrieved()));
    }
    List<Section> sections = new ArrayList<>(sample.sections());
    sections.set(
        2, new Section("projects", "Projects", List.of(new Block.Table(table.headers(), many))));
    return new Brief(
        sample.subject(),
        sample.language(),
        sample.title(),
        sample.role(),
        sample.registerAsOf(),
        "KZ-2025-06-18-en-large",
        sample.pageLabels(),
        sample.glance(),
        sections,
        sources);
  }
}
