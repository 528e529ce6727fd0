-- One database per service. The postgres image runs this once, on the first start with an empty
-- data volume (/docker-entrypoint-initdb.d); each service's Flyway creates its tables at start.
CREATE DATABASE petition_intake;
CREATE DATABASE petition_routing;
CREATE DATABASE petition_handling;
CREATE DATABASE petition_evaluation;
CREATE DATABASE petition_notification;
