package org.silkway.core.register;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.silkway.core.access.TestCallers;
import org.silkway.core.register.RegisterDocument.CitationRecord;
import org.silkway.core.register.RegisterDocument.ClaimRecord;
import org.silkway.core.register.RegisterDocument.EntryRecord;
import org.silkway.core.register.RegisterDocument.SourceRecord;
import org.silkway.core.register.RegisterDocument.TimeRecord;
import org.silkway.core.register.RegisterDocument.ValueRecord;
import org.silkway.core.support.Persistence;

/**
 * A large register for benchmarks, in the export format: the seed document plus made-up articles,
 * companies, projects and indicator series, every claim cited and every value within the import's
 * rules. The same arguments always give the same document (a fixed random seed), so two runs of a
 * benchmark measure the same register.
 *
 * <p>Nothing in it is true: outlets, companies, projects and figures are invented, outlets and URLs
 * say so ({@code example.com}), and the names of places are real only so that briefs look like
 * briefs.
 *
 * <pre>
 * java -cp ... org.silkway.core.register.SyntheticRegister out.json [projects [sources]]
 * </pre>
 */
public final class SyntheticRegister {

  /** The size benchmarks use: 5,000 projects over 2,000 articles, about 55,000 claims. */
  public static final int PROJECTS = 5_000;

  public static final int SOURCES = 2_000;

  private static final long RANDOM_SEED = 20_251_123L;
  private static final int COMPANIES_PER_1000_PROJECTS = 24;
  private static final String RETRIEVED = "2026-11-23";

  /** Projects dated after this are forecasts: the sources are written as of mid-2025. */
  private static final YearMonth NOW = YearMonth.of(2025, 6);

  private record Name(String en, String ru, String zh) {
    Map<String, String> asMap() {
      Map<String, String> names = new LinkedHashMap<>();
      names.put("en", en);
      names.put("ru", ru);
      names.put("zh", zh);
      return names;
    }
  }

  private record Country(String code, Name name, List<Name> places, int weight) {}

  /** A kind of project in a sector: "solar power plant", with the range of its cost and length. */
  private record Kind(
      Name name, double minCost, double maxCost, int minKm, int maxKm, String purpose) {
    boolean hasLength() {
      return maxKm > 0;
    }
  }

  private record Sector(String slug, String en, int weight, List<Kind> kinds) {}

  private static final List<Country> COUNTRIES =
      List.of(
          new Country(
              "KZ",
              new Name("Kazakhstan", "Казахстан", "哈萨克斯坦"),
              List.of(
                  new Name("Almaty", "Алматы", "阿拉木图"),
                  new Name("Astana", "Астана", "阿斯塔纳"),
                  new Name("Shymkent", "Шымкент", "奇姆肯特"),
                  new Name("Aktobe", "Актобе", "阿克托别"),
                  new Name("Karaganda", "Караганда", "卡拉干达"),
                  new Name("Pavlodar", "Павлодар", "巴甫洛达尔"),
                  new Name("Aktau", "Актау", "阿克套"),
                  new Name("Khorgos", "Хоргос", "霍尔果斯")),
              30),
          new Country(
              "UZ",
              new Name("Uzbekistan", "Узбекистан", "乌兹别克斯坦"),
              List.of(
                  new Name("Tashkent", "Ташкент", "塔什干"),
                  new Name("Samarkand", "Самарканд", "撒马尔罕"),
                  new Name("Bukhara", "Бухара", "布哈拉"),
                  new Name("Andijan", "Андижан", "安集延"),
                  new Name("Namangan", "Наманган", "纳曼干"),
                  new Name("Navoi", "Навои", "纳沃伊"),
                  new Name("Fergana", "Фергана", "费尔干纳")),
              25),
          new Country(
              "KG",
              new Name("Kyrgyzstan", "Кыргызстан", "吉尔吉斯斯坦"),
              List.of(
                  new Name("Bishkek", "Бишкек", "比什凯克"),
                  new Name("Osh", "Ош", "奥什"),
                  new Name("Jalal-Abad", "Джалал-Абад", "贾拉拉巴德"),
                  new Name("Naryn", "Нарын", "纳伦"),
                  new Name("Karakol", "Каракол", "卡拉科尔")),
              15),
          new Country(
              "TJ",
              new Name("Tajikistan", "Таджикистан", "塔吉克斯坦"),
              List.of(
                  new Name("Dushanbe", "Душанбе", "杜尚别"),
                  new Name("Khujand", "Худжанд", "苦盏"),
                  new Name("Bokhtar", "Бохтар", "博赫塔尔"),
                  new Name("Kulob", "Куляб", "库洛布")),
              15),
          new Country(
              "TM",
              new Name("Turkmenistan", "Туркменистан", "土库曼斯坦"),
              List.of(
                  new Name("Ashgabat", "Ашхабад", "阿什哈巴德"),
                  new Name("Turkmenabat", "Туркменабат", "土库曼纳巴德"),
                  new Name("Mary", "Мары", "马雷"),
                  new Name("Balkanabat", "Балканабат", "巴尔坎纳巴德"),
                  new Name("Turkmenbashi", "Туркменбаши", "土库曼巴希")),
              15));

  private static final Country CHINA =
      new Country(
          "CN",
          new Name("China", "Китай", "中国"),
          List.of(
              new Name("Urumqi", "Урумчи", "乌鲁木齐"),
              new Name("Kashgar", "Кашгар", "喀什"),
              new Name("Xi'an", "Сиань", "西安"),
              new Name("Lanzhou", "Ланьчжоу", "兰州"),
              new Name("Yining", "Инин", "伊宁")),
          0);

  private static Kind kind(
      String en, String ru, String zh, double minCost, double maxCost, String purpose) {
    return new Kind(new Name(en, ru, zh), minCost, maxCost, 0, 0, purpose);
  }

  private static Kind linear(
      String en,
      String ru,
      String zh,
      double minCost,
      double maxCost,
      int minKm,
      int maxKm,
      String purpose) {
    return new Kind(new Name(en, ru, zh), minCost, maxCost, minKm, maxKm, purpose);
  }

  /** Transport and energy weigh most, as in the framework itself; weights add up to 100. */
  private static final List<Sector> SECTORS =
      List.of(
          new Sector(
              "transport",
              "transport",
              22,
              List.of(
                  linear(
                      "railway",
                      "железная дорога",
                      "铁路",
                      0.3,
                      9,
                      40,
                      900,
                      "carry freight and passengers across the border"),
                  linear(
                      "highway",
                      "автодорога",
                      "公路",
                      0.05,
                      2.5,
                      20,
                      600,
                      "shorten the road journey between the region's cities"),
                  kind(
                      "logistics hub",
                      "логистический центр",
                      "物流中心",
                      0.02,
                      0.8,
                      "consolidate container traffic on the China–Europe routes"),
                  kind(
                      "dry port",
                      "сухой порт",
                      "陆港",
                      0.05,
                      1.2,
                      "transfer containers between Chinese and Central Asian rail gauges"))),
          new Sector(
              "energy",
              "energy",
              20,
              List.of(
                  kind(
                      "solar power plant",
                      "солнечная электростанция",
                      "光伏电站",
                      0.02,
                      1.5,
                      "add renewable generation to the national grid"),
                  kind(
                      "wind farm",
                      "ветряная электростанция",
                      "风电场",
                      0.05,
                      2,
                      "add wind generation to the national grid"),
                  linear(
                      "gas pipeline",
                      "газопровод",
                      "天然气管道",
                      0.5,
                      12,
                      100,
                      1800,
                      "carry natural gas towards western China"),
                  linear(
                      "power line",
                      "линия электропередачи",
                      "输电线路",
                      0.03,
                      1,
                      30,
                      700,
                      "link regional grids across the border"))),
          new Sector(
              "trade",
              "trade",
              7,
              List.of(
                  kind(
                      "trade centre",
                      "торговый центр",
                      "贸易中心",
                      0.01,
                      0.4,
                      "give traders from both countries a place to meet"),
                  kind(
                      "bonded warehouse",
                      "таможенный склад",
                      "保税仓库",
                      0.005,
                      0.2,
                      "store goods in transit under customs control"))),
          new Sector(
              "industry-investment",
              "industry and investment",
              12,
              List.of(
                  kind(
                      "industrial park",
                      "индустриальный парк",
                      "工业园",
                      0.05,
                      3,
                      "host Chinese and local manufacturers"),
                  kind(
                      "car assembly plant",
                      "автосборочный завод",
                      "汽车组装厂",
                      0.03,
                      0.9,
                      "assemble new energy vehicles for the regional market"),
                  kind(
                      "cement plant",
                      "цементный завод",
                      "水泥厂",
                      0.02,
                      0.5,
                      "supply the region's construction projects"))),
          new Sector(
              "agriculture",
              "agriculture",
              8,
              List.of(
                  kind(
                      "greenhouse complex",
                      "тепличный комплекс",
                      "温室综合体",
                      0.005,
                      0.15,
                      "grow vegetables for export to China"),
                  kind(
                      "grain terminal",
                      "зерновой терминал",
                      "粮食码头",
                      0.01,
                      0.3,
                      "load grain onto trains bound for China"))),
          new Sector(
              "green-development",
              "green development",
              7,
              List.of(
                  kind(
                      "water treatment plant",
                      "очистные сооружения",
                      "污水处理厂",
                      0.01,
                      0.4,
                      "treat the city's waste water"),
                  kind(
                      "charging network",
                      "сеть зарядных станций",
                      "充电网络",
                      0.005,
                      0.2,
                      "charge electric vehicles along the main roads"))),
          new Sector(
              "digital-ai",
              "digital economy and artificial intelligence",
              7,
              List.of(
                  kind(
                      "data centre",
                      "центр обработки данных",
                      "数据中心",
                      0.02,
                      1,
                      "host cloud services for government and business"),
                  linear(
                      "fibre-optic link",
                      "волоконно-оптическая линия",
                      "光缆线路",
                      0.005,
                      0.3,
                      50,
                      1200,
                      "carry data traffic between Central Asia and China"))),
          new Sector(
              "people-to-people",
              "people-to-people exchanges",
              7,
              List.of(
                  kind(
                      "Luban Workshop",
                      "мастерская Лу Бань",
                      "鲁班工坊",
                      0.001,
                      0.02,
                      "train technicians on Chinese equipment"),
                  kind(
                      "university campus",
                      "университетский кампус",
                      "大学校区",
                      0.01,
                      0.3,
                      "teach engineering and the Chinese language"),
                  kind(
                      "hospital",
                      "больница",
                      "医院",
                      0.01,
                      0.25,
                      "treat patients with Chinese and local doctors"))),
          new Sector(
              "security",
              "security",
              5,
              List.of(
                  kind(
                      "border checkpoint",
                      "пограничный пункт пропуска",
                      "边境口岸",
                      0.005,
                      0.2,
                      "speed up the clearance of trucks and trains"))),
          new Sector(
              "political-institutional",
              "political and institutional cooperation",
              5,
              List.of(
                  kind(
                      "civil service training centre",
                      "учебный центр для госслужащих",
                      "公务员培训中心",
                      0.001,
                      0.05,
                      "train officials who run the cooperation programmes"))));

  private static final List<String> OUTLETS =
      List.of(
          "Steppe Ledger",
          "Silk Route Wire",
          "Caspian Dispatch",
          "Pamir Review",
          "Tian Shan Herald",
          "Fergana Valley Monitor",
          "Eurasian Freight Weekly",
          "Central Asia Energy Notes");

  private static final List<String> AUTHORS =
      List.of(
          "A. Nurlanova",
          "B. Tokhtarov",
          "D. Rakhimova",
          "L. Wei",
          "M. Saidov",
          "S. Orazova",
          "Z. Chen",
          "K. Mamytov");

  private static final List<String> BOUNDS =
      List.of("EXACT", "ABOUT", "ABOUT", "MORE_THAN", "AT_LEAST", "NEARLY", "UP_TO");

  private static final List<String> STAGES =
      List.of("ANNOUNCED", "AGREED", "PREPARATION", "UNDER_CONSTRUCTION", "OPERATING");

  private final Random random = new Random(RANDOM_SEED);
  private final List<SourceRecord> sources = new ArrayList<>();
  private final List<EntryRecord> entries = new ArrayList<>();
  private final List<String> companies = new ArrayList<>();
  private final List<String> transportCorridors = new ArrayList<>();

  private SyntheticRegister() {}

  /** The benchmark register: {@value #PROJECTS} projects over {@value #SOURCES} articles. */
  public static RegisterDocument full() {
    return of(PROJECTS, SOURCES);
  }

  /** The seed with {@code projects} made-up projects citing {@code sources} made-up articles. */
  public static RegisterDocument of(int projects, int sources) {
    if (projects < 0 || sources < 1) {
      throw new IllegalArgumentException("Needs at least one source and no negative count");
    }
    return new SyntheticRegister().build(projects, sources);
  }

  /**
   * Imports the register of {@code projects} made-up projects (and the usual {@value #SOURCES}
   * articles) into an empty test database, as an administrator, as benchmarks start.
   */
  public static void storeInto(Persistence db, int projects) {
    db.inTransaction(
        "admin",
        em ->
            new RegisterStore(em, TestCallers.admin("admin"))
                .storeIntoEmptyRegister(of(projects, SOURCES)));
  }

  private RegisterDocument build(int projectCount, int sourceCount) {
    RegisterDocument seed = SeedLoader.seed();
    sources.addAll(seed.sources());
    entries.addAll(seed.entries());
    seed.entries().stream()
        .filter(e -> e.type().equals("CORRIDOR"))
        .map(EntryRecord::key)
        .forEach(transportCorridors::add);
    for (int i = 0; i < sourceCount; i++) {
      sources.add(source(i));
    }
    int companyCount = Math.max(1, projectCount * COMPANIES_PER_1000_PROJECTS / 1000);
    for (int i = 0; i < companyCount; i++) {
      entries.add(company(i, sourceCount));
    }
    for (int i = 0; i < projectCount; i++) {
      entries.add(project(i, sourceCount));
    }
    for (Country country : COUNTRIES) {
      entries.add(tradeSeries(country, sourceCount));
    }
    return new RegisterDocument(List.copyOf(sources), List.copyOf(entries));
  }

  private SourceRecord source(int i) {
    Country country = pick(COUNTRIES);
    Sector sector = pickWeighted();
    Name place = pick(country.places());
    String outlet = pick(OUTLETS);
    LocalDate day = LocalDate.of(2015, 1, 1).plusDays(random.nextInt(3_800));
    boolean toTheDay = random.nextInt(5) > 0;
    TimeRecord published =
        toTheDay
            ? new TimeRecord(day.toString(), null, "DAY")
            : new TimeRecord(YearMonth.from(day).toString(), null, "MONTH");
    String title =
        switch (i % 4) {
          case 0 -> country.name().en() + " and China widen " + sector.en() + " cooperation";
          case 1 -> "What " + place.en() + " expects from Chinese investment in " + sector.en();
          case 2 -> "Progress report: " + sector.en() + " projects in " + country.name().en();
          default -> place.en() + " officials review the year's " + sector.en() + " projects";
        };
    String key = String.format("syn-src-%05d", i);
    return new SourceRecord(
        key,
        "ARTICLE",
        title,
        outlet + " (synthetic)",
        random.nextInt(3) == 0 ? null : pick(AUTHORS),
        published,
        toTheDay ? null : "only the month is known",
        "https://news.example.com/" + slug(outlet) + "/" + day.getYear() + "/" + key,
        "en",
        RETRIEVED,
        null);
  }

  private EntryRecord company(int i, int sourceCount) {
    Country country = random.nextInt(2) == 0 ? CHINA : pick(COUNTRIES);
    Sector sector = pickWeighted();
    String en =
        String.format(
            "%s %s %s Company No. %d",
            pick(country.places()).en(), capitalised(sector.slug().split("-")[0]), "Works", i + 1);
    String key = String.format("organization/syn-company-%04d", i);
    List<ClaimRecord> claims = new ArrayList<>();
    String base = String.format("syn-co%04d", i);
    claims.add(
        cited(
            base + "-located-in",
            "located-in",
            entryValue("country/" + country.code()),
            null,
            "ACTUAL",
            en + " is registered in " + country.name().en() + ".",
            sourceCount));
    claims.add(
        cited(
            base + "-description",
            "description",
            text(
                en
                    + " designs, builds and operates "
                    + sector.en()
                    + " facilities in Central Asia and western China."),
            null,
            "ACTUAL",
            en + " works on " + sector.en() + " projects across the region.",
            sourceCount));
    companies.add(key);
    return new EntryRecord(
        key, "ORGANIZATION", "PUBLISHED", Map.of("en", en), Map.of("kind", "COMPANY"), claims);
  }

  private EntryRecord project(int i, int sourceCount) {
    Sector sector = pickWeighted();
    Kind kind = pick(sector.kinds());
    Country host = pickWeightedCountry();
    Name place = pick(host.places());
    int number = i + 1;
    Name name =
        new Name(
            capitalised(kind.name().en()) + " " + place.en() + "-" + number,
            capitalised(kind.name().ru()) + " «" + place.ru() + "-" + number + "»",
            place.zh() + "-" + number + kind.name().zh());
    String key = String.format("project/syn-%05d", i);
    String base = String.format("syn-p%05d", i);
    List<ClaimRecord> claims = new ArrayList<>();

    // Countries: the host, China for most, a second Central Asian state for some.
    List<Country> countries = new ArrayList<>(List.of(host));
    if (random.nextInt(10) < 8) {
      countries.add(CHINA);
    }
    if (random.nextInt(10) == 0) {
      Country other = pick(COUNTRIES);
      if (other != host) {
        countries.add(other);
      }
    }
    for (int c = 0; c < countries.size(); c++) {
      Country country = countries.get(c);
      claims.add(
          cited(
              base + "-country-" + country.code().toLowerCase(),
              "country",
              entryValue("country/" + country.code()),
              null,
              "ACTUAL",
              "The " + name.en() + " project involves " + country.name().en() + ".",
              sourceCount));
    }
    claims.add(
        cited(
            base + "-sector",
            "sector",
            entryValue("sector/" + sector.slug()),
            null,
            "ACTUAL",
            "The " + name.en() + " is part of " + host.name().en() + "'s " + sector.en() + " plan.",
            sourceCount));
    if (random.nextInt(8) == 0) {
      Sector second = pickWeighted();
      if (second != sector) {
        claims.add(
            cited(
                base + "-sector-2",
                "sector",
                entryValue("sector/" + second.slug()),
                null,
                "ACTUAL",
                "The project also serves " + second.en() + ".",
                sourceCount));
      }
    }
    claims.add(
        cited(
            base + "-located-in",
            "located-in",
            entryValue("country/" + host.code()),
            null,
            "ACTUAL",
            "The " + kind.name().en() + " is being built near " + place.en() + ".",
            sourceCount));
    stages(claims, base, name, sourceCount);
    costs(claims, base, kind, sourceCount);
    if (kind.hasLength()) {
      int km = kind.minKm() + random.nextInt(kind.maxKm() - kind.minKm() + 1);
      String bound = random.nextBoolean() ? "EXACT" : "ABOUT";
      claims.add(
          cited(
              base + "-length",
              "length",
              new ValueRecord(null, null, Integer.toString(km), "KM", bound, null, null),
              null,
              "ACTUAL",
              "The line will run " + (bound.equals("ABOUT") ? "some " : "") + km + " km.",
              sourceCount));
    }
    if (random.nextInt(10) < 6) {
      String company = pick(companies);
      claims.add(
          cited(
              base + "-company",
              "company",
              entryValue(company),
              null,
              "ACTUAL",
              "The contractor for the " + name.en() + " was named.",
              sourceCount));
    }
    if (sector.slug().equals("transport") && random.nextBoolean()) {
      claims.add(
          cited(
              base + "-corridor",
              "corridor",
              entryValue(pick(transportCorridors)),
              null,
              "ACTUAL",
              "The " + name.en() + " forms part of an international corridor.",
              sourceCount));
    }
    int descriptions = 1 + random.nextInt(2);
    for (int d = 0; d < descriptions; d++) {
      String description = description(name, kind, host, place, sector);
      claims.add(
          cited(
              base + "-description-" + d,
              "description",
              text(description),
              null,
              "ACTUAL",
              description.substring(0, description.indexOf('.') + 1),
              sourceCount));
    }
    return new EntryRecord(key, "PROJECT", "PUBLISHED", name.asMap(), Map.of(), claims);
  }

  /** Two to five dated stages in order; later ones are forecasts; a source may disagree. */
  private void stages(List<ClaimRecord> claims, String base, Name name, int sourceCount) {
    YearMonth month = YearMonth.of(2014, 1).plusMonths(random.nextInt(132));
    int reached = 2 + random.nextInt(4);
    for (int s = 0; s < reached; s++) {
      String stage = STAGES.get(s);
      if (s == reached - 1 && reached < STAGES.size() && random.nextInt(25) == 0) {
        stage = random.nextBoolean() ? "SUSPENDED" : "CANCELLED";
      }
      boolean forecast = month.isAfter(NOW);
      TimeRecord when =
          random.nextInt(3) == 0 && !forecast
              ? new TimeRecord(month.atDay(1 + random.nextInt(28)).toString(), null, "DAY")
              : new TimeRecord(month.toString(), null, "MONTH");
      String words = stage.toLowerCase().replace('_', ' ');
      claims.add(
          cited(
              base + "-stage-" + s,
              "stage",
              new ValueRecord(null, null, null, null, null, null, stage),
              when,
              forecast ? "FORECAST" : "ACTUAL",
              forecast
                  ? "The " + name.en() + " is expected to be " + words + " by " + month + "."
                  : "The " + name.en() + " was " + words + " in " + month + ".",
              sourceCount));
      if (random.nextInt(10) == 0) {
        YearMonth other = month.plusMonths(1 + random.nextInt(6));
        claims.add(
            cited(
                base + "-stage-" + s + "-other",
                "stage",
                new ValueRecord(null, null, null, null, null, null, stage),
                new TimeRecord(other.toString(), null, "MONTH"),
                other.isAfter(NOW) ? "FORECAST" : "ACTUAL",
                "Another report dates the same step to " + other + ".",
                sourceCount));
      }
      month = month.plusMonths(3 + random.nextInt(16));
    }
  }

  /** One cost, sometimes a second source's different figure, the first then preferred. */
  private void costs(List<ClaimRecord> claims, String base, Kind kind, int sourceCount) {
    int figures = random.nextInt(4) == 0 ? 2 : 1;
    for (int f = 0; f < figures; f++) {
      BigDecimal billions = billions(kind);
      String bound = pick(BOUNDS);
      String asStated =
          bound.equals("EXACT")
              ? null
              : bound.toLowerCase().replace('_', ' ') + " $" + billions + " billion";
      claims.add(
          cited(
              base + "-cost-" + f,
              "cost",
              new ValueRecord(
                  null, null, billions.toPlainString(), "USD_BILLION", bound, null, null),
              null,
              random.nextInt(3) == 0 ? "ESTIMATE" : "ACTUAL",
              asStated,
              figures == 2 && f == 0,
              "The budget is put at $" + billions + " billion.",
              sourceCount));
    }
  }

  /** Between the kind's bounds, spread evenly over orders of magnitude, to three digits. */
  private BigDecimal billions(Kind kind) {
    double log =
        Math.log(kind.minCost())
            + random.nextDouble() * (Math.log(kind.maxCost()) - Math.log(kind.minCost()));
    return new BigDecimal(Math.exp(log), new MathContext(3)).stripTrailingZeros();
  }

  private String description(Name name, Kind kind, Country host, Name place, Sector sector) {
    StringBuilder text = new StringBuilder();
    text.append("The ")
        .append(name.en())
        .append(" is a ")
        .append(kind.name().en())
        .append(" near ")
        .append(place.en())
        .append(", ")
        .append(host.name().en())
        .append(", meant to ")
        .append(kind.purpose())
        .append(". ");
    List<String> more =
        List.of(
            "Its backers present it as part of the "
                + sector.en()
                + " cooperation agreed between China and the Central Asian states. ",
            "Local officials expect it to create several hundred jobs during construction and"
                + " fewer, better-paid ones once it operates. ",
            "Financing is said to combine loans from Chinese policy banks with funds from the"
                + " host government and the operating company. ",
            "Critics have asked for the environmental assessment and the loan terms to be"
                + " published. ",
            "Equipment is to come largely from Chinese suppliers, with local content rising"
                + " over time. ",
            "The site was chosen for its access to the main road and rail lines towards the"
                + " border. ",
            "Training of local staff is planned in cooperation with a technical college in "
                + place.en()
                + ". ");
    int sentences = 2 + random.nextInt(5);
    int first = random.nextInt(more.size());
    for (int s = 0; s < sentences; s++) {
      text.append(more.get((first + s) % more.size()));
    }
    return text.toString().strip();
  }

  /** A monthly trade series between China and one country, 2020 to 2024. */
  private EntryRecord tradeSeries(Country country, int sourceCount) {
    String slug = "syn-trade-cn-" + country.code().toLowerCase();
    String key = "indicator/" + slug;
    List<ClaimRecord> claims = new ArrayList<>();
    for (String code : List.of("CN", country.code())) {
      claims.add(
          cited(
              slug + "-country-" + code.toLowerCase(),
              "country",
              entryValue("country/" + code),
              null,
              "ACTUAL",
              "Customs figures for trade between China and " + country.name().en() + ".",
              sourceCount));
    }
    double level = 0.2 + random.nextDouble() * 1.5;
    for (YearMonth month = YearMonth.of(2020, 1);
        !month.isAfter(YearMonth.of(2024, 12));
        month = month.plusMonths(1)) {
      level *= 0.97 + random.nextDouble() * 0.08;
      BigDecimal billions = new BigDecimal(level, new MathContext(3)).stripTrailingZeros();
      claims.add(
          cited(
              slug + "-" + month,
              "observation",
              new ValueRecord(
                  null, null, billions.toPlainString(), "USD_BILLION", "EXACT", null, null),
              new TimeRecord(month.toString(), null, "MONTH"),
              "ACTUAL",
              "Trade reached $" + billions + " billion in " + month + ".",
              sourceCount));
    }
    Name name =
        new Name(
            "Trade between China and " + country.name().en() + ", monthly (synthetic)",
            "Торговля Китая и страны " + country.name().ru() + ", по месяцам (синтетические)",
            "中国与" + country.name().zh() + "月度贸易额（合成数据）");
    return new EntryRecord(
        key, "INDICATOR", "PUBLISHED", name.asMap(), Map.of("unit", "USD_BILLION"), claims);
  }

  private ClaimRecord cited(
      String key,
      String property,
      ValueRecord value,
      TimeRecord when,
      String kind,
      String excerpt,
      int sourceCount) {
    return cited(key, property, value, when, kind, null, false, excerpt, sourceCount);
  }

  private ClaimRecord cited(
      String key,
      String property,
      ValueRecord value,
      TimeRecord when,
      String kind,
      String asStated,
      boolean preferred,
      String excerpt,
      int sourceCount) {
    String source = String.format("syn-src-%05d", random.nextInt(sourceCount));
    return new ClaimRecord(
        key,
        property,
        value,
        when,
        asStated,
        kind,
        preferred,
        List.of(),
        null,
        List.of(new CitationRecord(source, excerpt)));
  }

  private static ValueRecord entryValue(String key) {
    return new ValueRecord(null, key, null, null, null, null, null);
  }

  private static ValueRecord text(String text) {
    return new ValueRecord(text, null, null, null, null, null, null);
  }

  private <T> T pick(List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  private Sector pickWeighted() {
    int n = random.nextInt(100);
    for (Sector sector : SECTORS) {
      n -= sector.weight();
      if (n < 0) {
        return sector;
      }
    }
    throw new IllegalStateException("Sector weights add up to less than 100");
  }

  private Country pickWeightedCountry() {
    int n = random.nextInt(100);
    for (Country country : COUNTRIES) {
      n -= country.weight();
      if (n < 0) {
        return country;
      }
    }
    throw new IllegalStateException("Country weights add up to less than 100");
  }

  private static String capitalised(String words) {
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  private static String slug(String words) {
    return words.toLowerCase().replaceAll("[^a-z0-9]+", "-");
  }

  /** Writes the register to a file: {@code out.json [projects [sources]]}. */
  public static void main(String[] args) throws IOException {
    if (args.length < 1 || args.length > 3) {
      System.err.println("usage: SyntheticRegister out.json [projects [sources]]");
      System.exit(2);
    }
    Path out = Path.of(args[0]);
    int projects = args.length > 1 ? Integer.parseInt(args[1]) : PROJECTS;
    int sources = args.length > 2 ? Integer.parseInt(args[2]) : SOURCES;
    RegisterDocument document = of(projects, sources);
    if (out.toAbsolutePath().getParent() != null) {
      Files.createDirectories(out.toAbsolutePath().getParent());
    }
    try (OutputStream file = Files.newOutputStream(out)) {
      RegisterJsonWriter.write(document, file);
    }
    long claims = document.entries().stream().mapToLong(e -> e.claims().size()).sum();
    System.out.printf(
        "%s: %d sources, %d entries, %d claims, %d bytes%n",
        out, document.sources().size(), document.entries().size(), claims, Files.size(out));
  }
}
