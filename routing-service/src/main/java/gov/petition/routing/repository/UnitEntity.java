package gov.petition.routing.repository;

import gov.petition.routing.domain.DirectoryUnit;
import gov.petition.routing.domain.UnitLevel;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.Arrays;
import java.util.List;

/** A stored unit of the directory. */
@Entity
@Table(name = "unit")
public class UnitEntity extends PanacheEntityBase {

    @Id
    public String id;
    @Column(nullable = false)
    public String name;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public UnitLevel level;
    @Column(name = "parent_id")
    public String parentId;
    /** First-level categories handled, separated by commas. */
    @Column(nullable = false)
    public String categories;
    @Column(nullable = false)
    public boolean mailbox;

    public DirectoryUnit toUnit() {
        List<String> list = categories.isEmpty() ? List.of() : Arrays.asList(categories.split(","));
        return new DirectoryUnit(id, name, level, parentId, list, mailbox);
    }

    public static UnitEntity of(DirectoryUnit u) {
        UnitEntity e = new UnitEntity();
        e.id = u.id();
        e.name = u.name();
        e.level = u.level();
        e.parentId = u.parent();
        e.categories = String.join(",", u.categories());
        e.mailbox = u.mailbox();
        return e;
    }
}
