/** The ras4j command line. */
module org.ras4j.cli {
    requires org.ras4j.api;
    requires org.ras4j.sim;
    requires info.picocli;

}
