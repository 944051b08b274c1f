package dev.nyx.core.match;

import static dev.nyx.core.match.MatchFixtures.posting;

import dev.nyx.model.JobPosting;
import java.util.List;

/** Labelled postings for the ranking test: relevant Java/backend roles and irrelevant ones. */
final class RankingPostings {
    private RankingPostings() {
    }

    static final List<JobPosting> RELEVANT = List.of(
            posting("r1", "Senior Backend Engineer (Java)", "Northpay", "Berlin, Germany (hybrid)",
                    "We are looking for a Senior Backend Engineer to build our payment platform. You will design and"
                            + " run Java 17 and Spring Boot microservices, stream events through Kafka and store them in"
                            + " PostgreSQL. Our services run on Kubernetes. You care about latency, testing and"
                            + " mentoring other engineers."),
            posting("r2", "Senior Java Developer - Payments", "Fintrack", "Berlin",
                    "Join the team behind card authorisation for 20 million customers. Stack: Java, Spring, Postgres,"
                            + " Kafka, Docker, k8s. You will own services end to end, from REST API design to on-call,"
                            + " and improve p99 latency under heavy load."),
            posting("r3", "Software Engineer, Backend Platform", "Cargoline", "Hamburg, Germany",
                    "Cargoline builds logistics software that tracks millions of shipments a day. As a backend"
                            + " engineer you will work on event-driven systems on the JVM (Java and Kotlin), gRPC and REST"
                            + " services, PostgreSQL and Kafka, deployed with Docker on Kubernetes."),
            posting("r4", "Senior Software Engineer (JVM / Distributed Systems)", "Datastream", "Remote (Germany)",
                    "You will design distributed systems that process billions of events: Java, Kafka Streams,"
                            + " event sourcing, microservices and SQL databases. Experience with Spring Boot and with"
                            + " running services in production on Kubernetes is a plus."),
            posting("r5", "Java Backend Engineer", "Insurely", "Munich, Germany",
                    "Insurely modernises insurance backends. You will migrate Java EE applications to Spring Boot,"
                            + " write integration tests with JUnit, build REST APIs on PostgreSQL and automate"
                            + " builds with Maven and Gradle."),
            posting("r6", "Senior Engineer, Order Management (Java/Spring)", "Shopwell", "Berlin (hybrid)",
                    "Build the order management backend of a large e-commerce platform: Java, Spring Boot,"
                            + " PostgreSQL, Kafka, Redis. You will scale services, improve reliability and work closely"
                            + " with product teams."));

    static final List<JobPosting> IRRELEVANT = List.of(
            posting("i1", "Bakery Assistant", "Backhaus Müller", "Berlin",
                    "Our family bakery is looking for an assistant for the early shift. You will bake bread rolls,"
                            + " pretzels and cakes, serve customers at the counter and keep the shop clean."
                            + " No experience needed, we train you."),
            posting("i2", "Registered Nurse - Intensive Care Unit", "Charité Clinic", "Berlin",
                    "We are hiring registered nurses for our intensive care unit. You will care for critically ill"
                            + " patients, administer medication, monitor vital signs and work with physicians in"
                            + " rotating shifts. Nursing licence required."),
            posting("i3", "Frontend Developer (React)", "Pixelcraft", "Berlin (hybrid)",
                    "Pixelcraft builds beautiful marketing websites. You will build user interfaces with React,"
                            + " TypeScript, HTML and CSS, turn Figma designs into pixel-perfect pages and improve"
                            + " accessibility and animations in the browser."),
            posting("i4", "Account Executive, SaaS Sales", "Salesloop", "Berlin",
                    "Own the full sales cycle for mid-market customers: prospecting, demos, negotiation and closing."
                            + " You exceed quota, manage your pipeline in Salesforce and build relationships with"
                            + " decision makers. Uncapped commission."),
            posting("i5", "Warehouse Operative", "Logimax", "Berlin",
                    "Pick and pack orders in our warehouse, load and unload trucks, operate forklifts and keep"
                            + " inventory accurate. Shift work, including weekends. Forklift licence a plus."),
            posting("i6", "Graphic Designer", "Studio Form", "Berlin",
                    "Create brand identities, posters and packaging for our clients. You are fluent in Adobe"
                            + " Illustrator and InDesign, have a strong portfolio and a great eye for typography."),
            posting("i7", "Accountant (Financial Reporting)", "Kontor Finanz", "Berlin",
                    "Prepare monthly and annual financial statements, reconcile accounts, support audits and"
                            + " tax filings. You have a degree in accounting and know your way around Excel and DATEV."));
}
