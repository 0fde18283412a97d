package org.fusioncentre.assessment.internal;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.fusioncentre.access.Audience;
import org.fusioncentre.access.AuditLog;
import org.fusioncentre.access.AuditRecord;
import org.fusioncentre.access.NotPermitted;
import org.fusioncentre.assessment.Assessment;
import org.fusioncentre.assessment.Assessments;
import org.fusioncentre.assessment.ThreatLevelChanged;
import org.fusioncentre.assessment.ThreatOverride;
import org.fusioncentre.assessment.model.Baseline;
import org.fusioncentre.assessment.model.CountDistribution;
import org.fusioncentre.assessment.model.CountForecast;
import org.fusioncentre.assessment.model.DistrictAdjacency;
import org.fusioncentre.assessment.model.DistrictForecast;
import org.fusioncentre.assessment.model.EndemicEpidemicModel;
import org.fusioncentre.assessment.model.Event;
import org.fusioncentre.assessment.model.EventHistory;
import org.fusioncentre.assessment.model.Forecaster;
import org.fusioncentre.assessment.model.ThreatLevel;
import org.fusioncentre.fusion.Fusion;
import org.fusioncentre.geo.AdminLevel;
import org.fusioncentre.geo.Geocoding;
import org.fusioncentre.geo.PCode;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Assessments from the store's incidents: the level comes from B2 — the district's last twelve
 * 30-day windows as an empirical distribution — because no model beat it by the margin issue 6
 * asks for on real history (eval/assessment/README.md); M1, fitted beside it, names the drivers.
 * A province's figures combine its districts' forecasts as independent counts.
 */
@Service
class AssessmentService implements Assessments {
    private static final Logger log = LoggerFactory.getLogger(AssessmentService.class);
    private static final ZoneId PAKISTAN = ZoneId.of("Asia/Karachi");
    private static final int HORIZON = ThreatLevel.WINDOW_DAYS;
    private static final int RECENT = 10;
    private static final Duration LONGEST_OVERRIDE = Duration.ofDays(90);
    static final String METHOD = "B2 (the district's last 12 windows of 30 days as an empirical distribution),"
            + " lethality shrunk towards the province; drivers from M1 (endemic-epidemic negative binomial)";

    private final Fusion fusion;
    private final Geocoding geocoding;
    private final AssessmentStore store;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    /** Worked out from the boundaries on first use: short commands that never assess do not pay for it. */
    private @Nullable Map<String, Set<String>> adjacency;

    private final AuditLog audit;

    AssessmentService(
            Fusion fusion,
            Geocoding geocoding,
            AssessmentStore store,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactionManager,
            Clock clock,
            AuditLog audit) {
        this.fusion = fusion;
        this.geocoding = geocoding;
        this.store = store;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.audit = audit;
    }

    @Override
    public synchronized List<Assessment> assess(LocalDate asOf) {
        requireNonNull(asOf, "asOf is null");
        LocalDate today = LocalDate.now(clock.withZone(PAKISTAN));
        if (asOf.isAfter(today)) {
            throw new IllegalArgumentException("as_of " + asOf + " is in the future (today is " + today + ")");
        }
        long started = System.nanoTime();
        EventHistory history = history(asOf);
        long read = System.nanoTime();
        List<Assessment> assessments = compute(history, asOf);
        long computed = System.nanoTime();
        List<ThreatLevelChanged> changes = new ArrayList<>();
        // a level changes today; reassessing an earlier day (a GET for a past as_of) records it but
        // announces nothing, or every look back in time would alert the committees again
        boolean current = asOf.equals(today);
        transactions.executeWithoutResult(status -> {
            for (Assessment assessment : current ? assessments : List.<Assessment>of()) {
                store.latest(assessment.unitPcode(), asOf)
                        .filter(previous -> previous.level() != assessment.level())
                        .ifPresent(previous -> changes.add(new ThreatLevelChanged(
                                assessment.unitPcode(),
                                previous.level(),
                                assessment.level(),
                                asOf,
                                (previous.override() != null) != (assessment.override() != null))));
            }
            store.replace(asOf, assessments);
            changes.forEach(events::publishEvent);
        });
        log.info(
                "Assessed {} units as of {} from {} incidents in {} ms (reading {} ms, models {} ms, storing {} ms);"
                        + " {} level changes",
                assessments.size(),
                asOf,
                history.events().size(),
                (System.nanoTime() - started) / 1_000_000,
                (read - started) / 1_000_000,
                (computed - read) / 1_000_000,
                (System.nanoTime() - computed) / 1_000_000,
                changes.size());
        return assessments;
    }

    /** Called under {@link #assess}'s lock. */
    private Map<String, Set<String>> adjacency() {
        if (adjacency == null) {
            adjacency = DistrictAdjacency.national(geocoding);
        }
        return adjacency;
    }

    @Override
    public List<Assessment> seenBy(LocalDate asOf, Audience audience) {
        if (fusion.seesAsOperator(audience)) {
            List<Assessment> stored = store.on(asOf);
            return stored.isEmpty() ? assess(asOf) : stored;
        }
        LocalDate today = LocalDate.now(clock.withZone(PAKISTAN));
        if (asOf.isAfter(today)) {
            throw new IllegalArgumentException("as_of " + asOf + " is in the future (today is " + today + ")");
        }
        EventHistory history = history(asOf, audience);
        // the same incidents and the same overrides give the same assessments
        String version = dataVersion(history, asOf) + "|overrides:"
                + store.overrides(null).stream()
                        .filter(override -> override.expiresAt().isAfter(clock.instant()))
                        .map(override -> override.id().toString())
                        .sorted()
                        .collect(java.util.stream.Collectors.joining(","));
        String key = audience.key() + "|" + asOf;
        synchronized (this) {
            Audienced cached = byAudience.get(key);
            if (cached != null && cached.dataVersion().equals(version)) {
                return cached.assessments();
            }
            List<Assessment> assessments = compute(history, asOf);
            byAudience.put(key, new Audienced(version, assessments));
            return assessments;
        }
    }

    /** Assessments computed for one audience from the incidents it sees, and what they were computed from. */
    private record Audienced(String dataVersion, List<Assessment> assessments) {}

    /** The latest few audiences' assessments, most recently used last. */
    private final Map<String, Audienced> byAudience = new java.util.LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Audienced> eldest) {
            return size() > 32;
        }
    };

    /** The incidents with a district, as the models take them: every one dated on or before the day. */
    private EventHistory history(LocalDate asOf) {
        return history(asOf, Audience.operator("system"));
    }

    private EventHistory history(LocalDate asOf, Audience audience) {
        List<Event> events = new ArrayList<>();
        fusion.eachIncidentFact(asOf, audience, fact -> {
            String district = fact.districtPcode();
            // a province or division only: the models count districts
            if (district != null
                    && district.matches("PK[1-7]\\d{2}")
                    && !fact.date().isAfter(asOf)) {
                events.add(new Event(
                        fact.id().toString(),
                        fact.date(),
                        district,
                        district.substring(0, 3),
                        fact.eventType().name(),
                        (int) Math.min(Integer.MAX_VALUE, fact.killed()),
                        (int) Math.min(Integer.MAX_VALUE, fact.injured())));
            }
        });
        return EventHistory.of(events);
    }

    private List<Assessment> compute(EventHistory history, LocalDate asOf) {
        Instant now = clock.instant();
        // an override counts on the day assessed: today now, an earlier day at its end
        Instant moment = asOf.equals(LocalDate.now(clock.withZone(PAKISTAN)))
                ? now
                : asOf.plusDays(1).atStartOfDay(PAKISTAN).toInstant().minusMillis(1);
        Map<String, ThreatOverride> overrides = new HashMap<>();
        for (ThreatOverride override : store.overrides(null)) {
            if (override.inForceAt(moment)) {
                overrides.putIfAbsent(override.unitPcode(), override); // newest first
            }
        }
        String version = dataVersion(history, asOf);
        List<DistrictForecast> forecasts = new Forecaster(Baseline.B2, adjacency()).forecast(history, asOf, HORIZON);
        List<String> districts =
                forecasts.stream().map(DistrictForecast::district).toList();
        Map<String, CountForecast.Components> drivers = drivers(history, asOf, districts);
        Map<String, List<Event>> recent = recent(history, asOf);
        LocalDate validUntil = asOf.plusDays(1);

        List<Assessment> result = new ArrayList<>();
        Map<String, List<DistrictForecast>> byProvince = new TreeMap<>();
        for (DistrictForecast forecast : forecasts) {
            byProvince
                    .computeIfAbsent(forecast.province(), key -> new ArrayList<>())
                    .add(forecast);
            CountForecast.Components components = drivers.get(forecast.district());
            result.add(assessment(
                    forecast.district(),
                    Assessment.UnitLevel.DISTRICT,
                    forecast.province(),
                    asOf,
                    validUntil,
                    forecast.probabilityOfFatalIn30Days(),
                    forecast.probabilityOfAny(),
                    forecast.distribution(),
                    version,
                    components == null ? null : drivers(components),
                    recent.getOrDefault(forecast.district(), List.of()),
                    overrides.get(forecast.district()),
                    now));
        }
        for (Map.Entry<String, List<DistrictForecast>> province : byProvince.entrySet()) {
            List<DistrictForecast> members = province.getValue();
            double noFatal = 1;
            double none = 1;
            for (DistrictForecast forecast : members) {
                noFatal *= 1 - forecast.probabilityOfFatalIn30Days();
                none *= 1 - forecast.probabilityOfAny();
            }
            double endemic = 0;
            double own = 0;
            double neighbours = 0;
            boolean decomposed = true;
            List<Event> provinceRecent = new ArrayList<>();
            for (DistrictForecast forecast : members) {
                CountForecast.Components components = drivers.get(forecast.district());
                if (components == null) {
                    decomposed = false;
                } else {
                    endemic += components.endemic();
                    own += components.ownEpidemic();
                    neighbours += components.neighbourEpidemic();
                }
                provinceRecent.addAll(recent.getOrDefault(forecast.district(), List.of()));
            }
            double total = endemic + own + neighbours;
            Assessment.Drivers provinceDrivers = decomposed
                    ? new Assessment.Drivers(endemic, own, neighbours, total > 0 ? (own + neighbours) / total : 0)
                    : null;
            result.add(assessment(
                    province.getKey(),
                    Assessment.UnitLevel.PROVINCE,
                    province.getKey(),
                    asOf,
                    validUntil,
                    1 - noFatal,
                    1 - none,
                    sum(members.stream().map(DistrictForecast::distribution).toList()),
                    version,
                    provinceDrivers,
                    newestFirst(provinceRecent),
                    overrides.get(province.getKey()),
                    now));
        }
        return result;
    }

    private static Assessment assessment(
            String unit,
            Assessment.UnitLevel level,
            String province,
            LocalDate asOf,
            LocalDate validUntil,
            double probabilityOfFatal,
            double probabilityOfAny,
            CountDistribution distribution,
            String version,
            Assessment.@Nullable Drivers drivers,
            List<Event> recent,
            @Nullable ThreatOverride override,
            Instant now) {
        ThreatLevel statistical = ThreatLevel.of(probabilityOfFatal);
        return new Assessment(
                unit,
                level,
                province,
                asOf,
                validUntil,
                override == null ? statistical : override.level(),
                statistical,
                round(probabilityOfFatal),
                round(probabilityOfAny),
                round(distribution.mean()),
                distribution.quantile(0.10),
                distribution.quantile(0.90),
                METHOD,
                version,
                drivers,
                recent.stream().limit(RECENT).map(Event::incidentId).toList(),
                override,
                now);
    }

    /** M1's decomposition per district; none when it cannot be fitted (too little history). */
    private Map<String, CountForecast.Components> drivers(
            EventHistory history, LocalDate asOf, List<String> districts) {
        Map<String, CountForecast.Components> drivers = new HashMap<>();
        try {
            List<CountForecast> forecasts = new EndemicEpidemicModel(adjacency())
                    .forecast(history.before(asOf.plusDays(1)), asOf.plusDays(1), HORIZON, districts);
            for (CountForecast forecast : forecasts) {
                forecast.components().ifPresent(components -> drivers.put(forecast.district(), components));
            }
        } catch (RuntimeException e) {
            log.warn("M1 could not be fitted as of {}; assessments carry no drivers", asOf, e);
        }
        return drivers;
    }

    private static Assessment.Drivers drivers(CountForecast.Components components) {
        return new Assessment.Drivers(
                round(components.endemic()),
                round(components.ownEpidemic()),
                round(components.neighbourEpidemic()),
                round(components.contagionShare()));
    }

    /** Each district's incidents in the 30 days to the day, newest first. */
    private static Map<String, List<Event>> recent(EventHistory history, LocalDate asOf) {
        LocalDate from = asOf.minusDays(HORIZON - 1L);
        Map<String, List<Event>> recent = new HashMap<>();
        for (Event event : history.events()) {
            if (!event.date().isBefore(from) && !event.date().isAfter(asOf)) {
                recent.computeIfAbsent(event.district(), key -> new ArrayList<>())
                        .add(event);
            }
        }
        recent.replaceAll((district, list) -> newestFirst(list));
        return recent;
    }

    private static List<Event> newestFirst(List<Event> events) {
        List<Event> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing(Event::date).reversed().thenComparing(Event::incidentId));
        return sorted;
    }

    /**
     * The sum of independent counts, by convolution of their probabilities up to where each has
     * all but a millionth of its mass.
     */
    static CountDistribution sum(List<CountDistribution> parts) {
        double[] total = {1.0};
        for (CountDistribution part : parts) {
            int top = part.quantile(1 - 1e-6);
            double[] next = new double[total.length + top];
            for (int i = 0; i < total.length; i++) {
                if (total[i] == 0) {
                    continue;
                }
                for (int k = 0; k <= top; k++) {
                    next[i + k] += total[i] * part.probability(k);
                }
            }
            total = next;
        }
        // back to integer counts with their weights: the empirical distribution takes values, so
        // sample the mass on a fine grid of 10,000 equally likely points
        int points = 10_000;
        int[] values = new int[points];
        double cumulative = 0;
        int k = 0;
        for (int i = 0; i < points; i++) {
            double level = (i + 0.5) / points;
            while (k < total.length - 1 && cumulative + total[k] < level) {
                cumulative += total[k];
                k++;
            }
            values[i] = k;
        }
        return new CountDistribution.Empirical(values);
    }

    /** How many incidents up to which day, and a digest of them: equal versions, equal inputs. */
    private static String dataVersion(EventHistory history, LocalDate asOf) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            history.events().stream()
                    .sorted(Comparator.comparing(Event::incidentId))
                    .forEach(event -> digest.update((event.incidentId() + "," + event.date() + "," + event.district()
                                    + "," + event.killed() + "\n")
                            .getBytes(StandardCharsets.UTF_8)));
            String hash = HexFormat.of().formatHex(digest.digest()).substring(0, 12);
            return history.events().size() + " incidents to " + asOf + ", sha256:" + hash;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }

    @Override
    public List<Assessment> stored(LocalDate asOf) {
        return store.on(asOf);
    }

    @Override
    public Optional<Assessment> latest(String unitPcode, LocalDate asOf) {
        return store.latest(unitPcode, asOf);
    }

    @Override
    public ThreatOverride override(String unitPcode, String reason, Audience who, Duration duration) {
        String author = who.name();
        requireNonNull(unitPcode, "unitPcode is null");
        PCode code;
        try {
            code = PCode.of(unitPcode);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown unit " + unitPcode + ": " + e.getMessage(), e);
        }
        AdminLevel level = geocoding
                .unit(code)
                .map(unit -> unit.level())
                .orElseThrow(() -> new IllegalArgumentException("unknown unit " + unitPcode));
        if (level != AdminLevel.DISTRICT && level != AdminLevel.PROVINCE) {
            throw new IllegalArgumentException("overrides are for districts and provinces, not a " + level);
        }
        if (!who.mayActOn(code.value())) {
            throw new NotPermitted(unitPcode + " lies outside the jurisdiction "
                    + who.jurisdiction().code() + " of " + author);
        }
        if (reason == null || reason.isBlank() || author.isBlank()) {
            throw new IllegalArgumentException("an override needs a reason and an author");
        }
        if (duration.compareTo(Duration.ofHours(1)) < 0 || duration.compareTo(LONGEST_OVERRIDE) > 0) {
            throw new IllegalArgumentException("an override lasts from an hour to 90 days, not " + duration);
        }
        // stores keep microseconds at best: what is returned must equal what is read back
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        ThreatOverride override = new ThreatOverride(
                UUID.randomUUID(),
                code.value(),
                ThreatLevel.CRITICAL,
                reason.strip(),
                author.strip(),
                now,
                now.plus(duration));
        // the override and its audit entry commit together
        transactions.executeWithoutResult(status -> {
            store.add(override);
            audit.record(new AuditRecord(
                    override.author(),
                    "assessment.override",
                    "threat-override",
                    override.id().toString(),
                    null,
                    AssessmentStore.json(override),
                    null,
                    override.reason()));
        });
        assess(LocalDate.now(clock.withZone(PAKISTAN)));
        return override;
    }

    @Override
    public List<ThreatOverride> overrides(String unitPcode) {
        return store.overrides(unitPcode);
    }
}
