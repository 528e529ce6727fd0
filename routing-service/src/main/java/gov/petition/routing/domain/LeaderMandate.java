package gov.petition.routing.domain;

import java.util.List;
import java.util.Optional;

/**
 * Which cases a leader must instruct in person before any department handles them (领导批示): the
 * configured categories (Mianyang's practice: officials' discipline violations and dereliction, …) and
 * texts naming what staff put before the mayor (major emergencies, public safety, group interests,
 * constructive proposals).
 */
public record LeaderMandate(List<String> categories, List<String> keywords) {

    public LeaderMandate {
        categories = categories == null ? List.of() : List.copyOf(categories);
        keywords = keywords == null ? List.of() : keywords.stream().filter(k -> !k.isBlank()).toList();
    }

    /** Why the case needs the leader: the category or the first keyword found; empty when it does not. */
    public Optional<String> why(String category, String title, String content) {
        if (category != null && categories.contains(category)) {
            return Optional.of("category " + category);
        }
        String text = (title == null ? "" : title) + " " + (content == null ? "" : content);
        return keywords.stream().filter(text::contains).findFirst().map(k -> "mentions " + k);
    }

    /** Whether the category alone requires the leader. */
    public boolean coversCategory(String category) {
        return category != null && categories.contains(category);
    }
}
