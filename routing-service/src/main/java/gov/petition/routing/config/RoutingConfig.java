package gov.petition.routing.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Routing settings ({@code petition.routing.*}). */
@ConfigMapping(prefix = "petition.routing")
public interface RoutingConfig {

    /** A directory JSON file to seed from instead of the bundled fixture (西地省 A市). */
    Optional<String> directoryFile();

    /** The unit id of the city whose departments take city-wide matters. */
    @WithDefault("xd.a")
    String cityId();

    /** The unit whose dispatchers (12345 desk) take cases routing cannot decide with confidence. */
    @WithDefault("xd.a.zwj")
    String dispatchUnitId();

    /** How often an instance looks whether another one changed the rules or the directory. */
    @WithDefault("PT5S")
    Duration reloadEvery();

    Leader leader();

    Bounce bounce();

    Duplicates duplicates();

    /** Cases a leader must instruct in person (领导批示). */
    interface Leader {
        /** Categories of the taxonomy that always go to the leader (Mianyang: officials' discipline and dereliction). */
        @WithDefault("纪检监察")
        List<String> categories();

        /**
         * Words that put a case before the leader: dereliction and discipline violations of officials (the level-3
         * entries of 纪检监察 in taxonomy.tsv: 玩忽职守, 包庇纵容, 以权谋私, 打击报复, 挪用公款, 买官卖官, …), major
         * emergencies, public safety, group interests, constructive proposals.
         */
        @WithDefault("失职,渎职,玩忽职守,包庇纵容,不作为,乱作为,违纪,以权谋私,打击报复,贪污,挪用公款,受贿,索贿,买官卖官,腐败,吃拿卡要,"
                + "重大事故,突发事件,重大安全隐患,公共安全,群体性事件,集体上访,联名信,农民工讨薪,献计献策,合理化建议")
        List<String> keywords();

        /** The leader's unit (the mayor's and secretary's mailbox); the city when absent. */
        Optional<String> unitId();
    }

    /** Returns, re-routes and unaccepted cases (空转/推诿). */
    interface Bounce {
        /** Returns plus re-routes at which a case is escalated (Guangyuan: twice). */
        @WithDefault("2")
        int maxReturns();

        /** How long a unit may hold a routed case without accepting it (Xiaoshan: 24 hours). */
        @WithDefault("PT24H")
        Duration acceptWithin();

        /** How often the watch looks for cases past their acceptance limit. */
        @WithDefault("PT30S")
        Duration check();

        /** Whether this instance runs the watch (every instance may: rows are claimed with skip locked). */
        @WithDefault("true")
        boolean watch();

        /** Who supervises bouncing cases of the city's own units (the 12345 desk's bureau supervises). */
        @WithDefault("xd.a.zwj")
        String citySupervisorId();
    }

    /** Linking new cases to open cases they repeat. */
    interface Duplicates {
        /** Cosine similarity from which a case of the same citizen is linked. */
        @WithDefault("0.6")
        double sameCitizenThreshold();

        /** Cosine similarity from which a case about the same place and category is linked. */
        @WithDefault("0.75")
        double samePlaceThreshold();

        /** How long an open case stays comparable. */
        @WithDefault("P30D")
        Duration window();

        /** At most this many open cases are kept for comparison (the oldest go first). */
        @WithDefault("20000")
        int maxCases();
    }
}
