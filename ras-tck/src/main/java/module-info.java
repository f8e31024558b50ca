/** The ras4j conformance kit: JUnit 5 contracts that pin the behaviour of any RasBackend. */
module org.ras4j.tck {
    requires transitive org.ras4j.api;
    requires transitive org.junit.jupiter.api;
    requires org.junit.jupiter.params;
    requires net.jqwik.api;

    exports org.ras4j.tck;
    // The contract's tests are declared here and invoked reflectively by JUnit and jqwik.
    opens org.ras4j.tck;
}
