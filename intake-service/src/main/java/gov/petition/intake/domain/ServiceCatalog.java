package gov.petition.intake.domain;

import java.util.List;
import java.util.Optional;

/**
 * The first-level complaint categories of the taxonomy as Open311 services: a stable ASCII code for
 * GeoReport clients, the Chinese name the platform uses, and an English name.
 */
public final class ServiceCatalog {

    /** One category offered as an Open311 service. */
    public record Service(String code, String category, String englishName, String group) {
    }

    public static final List<Service> SERVICES = List.of(
            new Service("urban-construction", "城乡建设", "Urban and rural construction", "城市管理"),
            new Service("rural-agriculture", "农村农业", "Rural affairs and agriculture", "农业农村"),
            new Service("law-and-order", "政法", "Law, order and public security", "公共安全"),
            new Service("education-culture-sports", "教育文体", "Education, culture and sports", "社会事业"),
            new Service("labour-social-security", "劳动和社会保障", "Labour and social security", "社会事业"),
            new Service("civil-affairs", "民政", "Civil affairs", "社会事业"),
            new Service("party-and-government", "党务政务", "Party and government affairs", "政务"),
            new Service("economic-management", "经济管理", "Economic management", "经济"),
            new Service("health-family-planning", "卫生计生", "Health and family planning", "社会事业"),
            new Service("commerce-tourism", "商贸旅游", "Commerce and tourism", "经济"),
            new Service("environment", "环境保护", "Environmental protection", "城市管理"),
            new Service("transport", "交通运输", "Transport", "城市管理"),
            new Service("discipline-inspection", "纪检监察", "Discipline inspection and supervision", "政务"),
            new Service("land-resources", "国土资源", "Land and resources", "城市管理"),
            new Service("science-technology-it", "科技与信息产业", "Science, technology and IT", "经济"));

    private ServiceCatalog() {
    }

    public static Optional<Service> byCode(String code) {
        return SERVICES.stream().filter(s -> s.code().equals(code)).findFirst();
    }

    public static Optional<Service> byCategory(String category) {
        return SERVICES.stream().filter(s -> s.category().equals(category)).findFirst();
    }
}
