package dev.nyx.testkit.workday;

import java.util.ArrayList;
import java.util.List;

/** Postings and tenants for the Workday replicas: a small fixed catalogue and a long board for paging. */
public final class WorkdayFixtures {
    /** A legacy-UI tenant on wd5. */
    public static final WorkdayTenant NORTHWIND = WorkdayTenant.of("northwind.wd5.myworkdayjobs.com", "External",
            "Northwind Robotics", UiGeneration.LEGACY);
    /** An fkit-UI tenant on wd1. */
    public static final WorkdayTenant CONTOSO = WorkdayTenant.of("contoso.wd1.myworkdayjobs.com", "Careers",
            "Contoso Ltd", UiGeneration.FKIT);
    public static final String JAVA_ENGINEER = "JR-12345";
    public static final String DATA_ANALYST = "JR-20417";
    public static final String CLOSED_ROLE = "JR-30001";

    private WorkdayFixtures() {
    }

    /** Three postings: a Java engineer (remote, USA), a data analyst (Lyon, France), a closed role. */
    public static List<WorkdayPosting> postings() {
        return List.of(
                WorkdayPosting.open(JAVA_ENGINEER, "Senior Java Engineer", "Remote, USA",
                        "<p><b>About the role</b></p><p>Build the control software of our warehouse robots in Java 17"
                                + " &amp; PostgreSQL.</p><ul><li>5+ years of Java</li><li>Kubernetes</li></ul>"),
                WorkdayPosting.open(DATA_ANALYST, "Data Analyst (m/f/d)", "Lyon, France",
                        "<p>Analyse fleet data with SQL and Python.</p>"),
                WorkdayPosting.open(CLOSED_ROLE, "Robot Technician", "Berlin, Germany",
                        "<p>Maintain robots on site.</p>").closed());
    }

    /** {@code count} open postings, JR-90000 upwards, for paging through a board. */
    public static List<WorkdayPosting> board(int count) {
        List<WorkdayPosting> postings = new ArrayList<>();
        for (int index = 0; index < count; index++) {
            postings.add(WorkdayPosting.open("JR-" + (90000 + index), "Software Engineer " + (index + 1),
                    index % 2 == 0 ? "Remote, USA" : "Austin, Texas", "<p>Engineer number " + (index + 1) + ".</p>"));
        }
        return List.copyOf(postings);
    }
}
