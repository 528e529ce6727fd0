package gov.petition.http;

import java.util.List;

/** One page of a list: the shape of every list the services answer (queues, notifications, public cases). */
public record Page<T>(List<T> items, long total, int page, int size) {
}
