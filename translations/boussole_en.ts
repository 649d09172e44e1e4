<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>Removed the import of %1 and its %n workload(s)</source>
        <translation>
            <numerusform>Removed the import of %1 and its %n workload</numerusform>
            <numerusform>Removed the import of %1 and its %n workloads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n price(s)</source>
        <translation>
            <numerusform>%n price</numerusform>
            <numerusform>%n prices</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n discount(s)</source>
        <translation>
            <numerusform>%n discount</numerusform>
            <numerusform>%n discounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Prices as of %1 (catalog %2). "?": incomplete, a component has no sourced price. Skipped: %n workload(s) (templates, duplicates, powered off).</source>
        <translation>
            <numerusform>Prices as of %1 (catalog %2). "?": incomplete, a component has no sourced price. Skipped: %n workload (templates, duplicates, powered off).</numerusform>
            <numerusform>Prices as of %1 (catalog %2). "?": incomplete, a component has no sourced price. Skipped: %n workloads (templates, duplicates, powered off).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scenario %1: %n workload(s) placed</source>
        <translation>
            <numerusform>Scenario %1: %n workload placed</numerusform>
            <numerusform>Scenario %1: %n workloads placed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workload(s) placed by no rule</source>
        <translation>
            <numerusform>%n workload placed by no rule</numerusform>
            <numerusform>%n workloads placed by no rule</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workload(s) with no eligible offer</source>
        <translation>
            <numerusform>%n workload with no eligible offer</numerusform>
            <numerusform>%n workloads with no eligible offer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Over %n year(s): one-off %1, saving %2, payback %3</source>
        <translation>
            <numerusform>Over %n year: one-off %1, saving %2, payback %3</numerusform>
            <numerusform>Over %n years: one-off %1, saving %2, payback %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offer(s) priced from the project's price books.</source>
        <translation>
            <numerusform>%n offer priced from the project's price books.</numerusform>
            <numerusform>%n offers priced from the project's price books.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Today, from the bills, the %n workload(s) they describe cost %1 a month; the same workloads: %2.</source>
        <translation>
            <numerusform>Today, from the bills, the %n workload they describe costs %1 a month; the same workload: %2.</numerusform>
            <numerusform>Today, from the bills, the %n workloads they describe cost %1 a month; the same workloads: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scenario %1: %2 a month%3, %n workload(s) placed by no rule.</source>
        <translation>
            <numerusform>Scenario %1: %2 a month%3, %n workload placed by no rule.</numerusform>
            <numerusform>Scenario %1: %2 a month%3, %n workloads placed by no rule.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n price(s) refreshed</source>
        <translation>
            <numerusform>%1: %n price refreshed</numerusform>
            <numerusform>%1: %n prices refreshed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workload(s) left out of the waves (retired, retained, templates, duplicates).</source>
        <translation>
            <numerusform>%n workload left out of the waves (retired, retained, templates, duplicates).</numerusform>
            <numerusform>%n workloads left out of the waves (retired, retained, templates, duplicates).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: deck of %n page(s); audit trail head %2</source>
        <translation>
            <numerusform>%1: deck of %n page; audit trail head %2</numerusform>
            <numerusform>%1: deck of %n pages; audit trail head %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n table(s)</source>
        <translation>
            <numerusform>%1: %n table</numerusform>
            <numerusform>%1: %n tables</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, with %n dedicated host(s)</source>
        <translation>
            <numerusform>, with %n dedicated host</numerusform>
            <numerusform>, with %n dedicated hosts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message numerus="yes">
        <source>no offer with %n GPU(s)</source>
        <translation>
            <numerusform>no offer with %n GPU</numerusform>
            <numerusform>no offer with %n GPUs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>bin-packed with the cluster's %n other workload(s) on %1 node(s)</source>
        <translation>
            <numerusform>bin-packed with the cluster's %n other workload on %1 node(s)</numerusform>
            <numerusform>bin-packed with the cluster's %n other workloads on %1 node(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 in %2 is the cheapest of %n eligible offer(s) for %3 vCPU and %4 GiB (%5).</source>
        <translation>
            <numerusform>%1 in %2 is the cheapest of %n eligible offer for %3 vCPU and %4 GiB (%5).</numerusform>
            <numerusform>%1 in %2 is the cheapest of %n eligible offers for %3 vCPU and %4 GiB (%5).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>host %1 of %n dedicated host(s) %2; %3</source>
        <translation>
            <numerusform>host %1 of %n dedicated host %2; %3</numerusform>
            <numerusform>host %1 of %n dedicated hosts %2; %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Compliance</name>
    <message numerus="yes">
        <source>%n workload(s) with data classed “%1”</source>
        <translation>
            <numerusform>%n workload with data classed “%1”</numerusform>
            <numerusform>%n workloads with data classed “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComplianceStore</name>
    <message numerus="yes">
        <source>the file is larger than %n MB</source>
        <translation>
            <numerusform>the file is larger than %n MB</numerusform>
            <numerusform>the file is larger than %n MB</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Deck</name>
    <message numerus="yes">
        <source>%n catalog price(s) could not be checked against their source: they are marked unverified and lower the confidence of the results that use them.</source>
        <translation>
            <numerusform>%n catalog price could not be checked against their source: they are marked unverified and lower the confidence of the results that use them.</numerusform>
            <numerusform>%n catalog prices could not be checked against their source: they are marked unverified and lower the confidence of the results that use them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeckRenderer</name>
    <message numerus="yes">
        <source>Saving over %n year(s)</source>
        <translation>
            <numerusform>Saving over %n year</numerusform>
            <numerusform>Saving over %n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wave(s), %1 to %2</source>
        <translation>
            <numerusform>%n wave, %1 to %2</numerusform>
            <numerusform>%n waves, %1 to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Bills from %1 to %2 (%n month(s)), amortised: savings plans and reservations spread over the usage they cover.</source>
        <translation>
            <numerusform>Bills from %1 to %2 (%n month), amortised: savings plans and reservations spread over the usage they cover.</numerusform>
            <numerusform>Bills from %1 to %2 (%n months), amortised: savings plans and reservations spread over the usage they cover.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n commitment(s) (savings plans, reservations) in the bills.</source>
        <translation>
            <numerusform>%n commitment (savings plans, reservations) in the bills.</numerusform>
            <numerusform>%n commitments (savings plans, reservations) in the bills.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workload(s) compared; %1 left out (templates, duplicates, powered off). "Incomplete": a component has no sourced price, so the total is a lower bound.</source>
        <translation>
            <numerusform>%n workload compared; %1 left out (templates, duplicates, powered off). "Incomplete": a component has no sourced price, so the total is a lower bound.</numerusform>
            <numerusform>%n workloads compared; %1 left out (templates, duplicates, powered off). "Incomplete": a component has no sourced price, so the total is a lower bound.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workload(s) placed by no rule</source>
        <translation>
            <numerusform>%n workload placed by no rule</numerusform>
            <numerusform>%n workloads placed by no rule</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without an eligible offer</source>
        <translation>
            <numerusform>%n without an eligible offer</numerusform>
            <numerusform>%n without an eligible offer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies), chain intact when this deck was made. Head:</source>
        <translation>
            <numerusform>%n entry, chain intact when this deck was made. Head:</numerusform>
            <numerusform>%n entries, chain intact when this deck was made. Head:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scenario "%1" over %n year(s), one assumption changed at a time. Every factor is an assumption, editable on the Scenarios page.</source>
        <translation>
            <numerusform>Scenario "%1" over %n year, one assumption changed at a time. Every factor is an assumption, editable on the Scenarios page.</numerusform>
            <numerusform>Scenario "%1" over %n years, one assumption changed at a time. Every factor is an assumption, editable on the Scenarios page.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On premises (cost model, assumptions): %n workload(s)</source>
        <translation>
            <numerusform>On premises (cost model, assumptions): %n workload</numerusform>
            <numerusform>On premises (cost model, assumptions): %n workloads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HostPacking</name>
    <message numerus="yes">
        <source>%n dedicated host(s) %1 at %2 (%3): vCPU %4 % (overcommit %5), memory %6 %, %7, %8</source>
        <translation>
            <numerusform>%n dedicated host %1 at %2 (%3): vCPU %4 % (overcommit %5), memory %6 %, %7, %8</numerusform>
            <numerusform>%n dedicated hosts %1 at %2 (%3): vCPU %4 % (overcommit %5), memory %6 %, %7, %8</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows imported</source>
        <translation>
            <numerusform>%n row imported</numerusform>
            <numerusform>%n rows imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warnings</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) have no CPU or memory limit: sizing will need utilisation data</source>
        <translation>
            <numerusform>%n service has no CPU or memory limit: sizing will need utilisation data</numerusform>
            <numerusform>%n services have no CPU or memory limit: sizing will need utilisation data</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>describe-instances does not give volume sizes: the storage of %n instances is left unknown</source>
        <translation>
            <numerusform>describe-instances does not give volume sizes: the storage of %n instance is left unknown</numerusform>
            <numerusform>describe-instances does not give volume sizes: the storage of %n instances is left unknown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows match no workload: %1; they are kept and will match a later inventory import</source>
        <translation>
            <numerusform>%n row matches no workload: %1; it is kept and will match a later inventory import</numerusform>
            <numerusform>%n rows match no workload: %1; they are kept and will match a later inventory import</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows give CPU in cores but match no workload whose vCPU count is known: %1; their CPU figures are not kept (import the inventory first)</source>
        <translation>
            <numerusform>%n row gives CPU in cores but matches no workload whose vCPU count is known: %1; its CPU figures are not kept (import the inventory first)</numerusform>
            <numerusform>%n rows give CPU in cores but match no workload whose vCPU count is known: %1; their CPU figures are not kept (import the inventory first)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows give memory in GiB or MiB but match no workload whose memory is known: %1; their memory figures are not kept (import the inventory first)</source>
        <translation>
            <numerusform>%n row gives memory in GiB or MiB but matches no workload whose memory is known: %1; its memory figures are not kept (import the inventory first)</numerusform>
            <numerusform>%n rows give memory in GiB or MiB but match no workload whose memory is known: %1; their memory figures are not kept (import the inventory first)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows are not imported because none of their figures could be kept: %1</source>
        <translation>
            <numerusform>%n row is not imported because none of its figures could be kept: %1</numerusform>
            <numerusform>%n rows are not imported because none of their figures could be kept: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rows use more than their workload's allocation: %1; those figures are capped at 100 %</source>
        <translation>
            <numerusform>%n row uses more than its workload's allocation: %1; its figures are capped at 100 %</numerusform>
            <numerusform>%n rows use more than their workload's allocation: %1; those figures are capped at 100 %</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>not imported: %n warning(s) and warnings count as errors (--strict); the first: %1</source>
        <translation>
            <numerusform>not imported: %n warning, and warnings count as errors (--strict): %1</numerusform>
            <numerusform>not imported: %n warnings, and warnings count as errors (--strict); the first: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n DaemonSet(s) run one pod on every node and were counted as one replica (the number of nodes is not in the manifests): %1</source>
        <translation>
            <numerusform>%n DaemonSet runs one pod on every node and was counted as one replica (the number of nodes is not in the manifests): %1</numerusform>
            <numerusform>%n DaemonSets run one pod on every node and were counted as one replica each (the number of nodes is not in the manifests): %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n container(s) have a CPU limit but no CPU request; the limit was counted, as Kubernetes does</source>
        <translation>
            <numerusform>%n container has a CPU limit but no CPU request; the limit was counted, as Kubernetes does</numerusform>
            <numerusform>%n containers have a CPU limit but no CPU request; the limit was counted, as Kubernetes does</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n container(s) have a memory limit but no memory request; the limit was counted, as Kubernetes does</source>
        <translation>
            <numerusform>%n container has a memory limit but no memory request; the limit was counted, as Kubernetes does</numerusform>
            <numerusform>%n containers have a memory limit but no memory request; the limit was counted, as Kubernetes does</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workload(s) have no CPU or memory request or limit: sizing will need utilisation data</source>
        <translation>
            <numerusform>%n workload has no CPU or memory request or limit: sizing will need utilisation data</numerusform>
            <numerusform>%n workloads have no CPU or memory request or limit: sizing will need utilisation data</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workload(s) have containers without a CPU or memory request or limit; only the containers that state one were counted: %1</source>
        <translation>
            <numerusform>%n workload has containers without a CPU or memory request or limit; only the containers that state one were counted: %1</numerusform>
            <numerusform>%n workloads have containers without a CPU or memory request or limit; only the containers that state one were counted: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) not imported, of kinds that hold no workload to size: %1</source>
        <translation>
            <numerusform>%n object not imported, of a kind that holds no workload to size: %1</numerusform>
            <numerusform>%n objects not imported, of kinds that hold no workload to size: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resources of another type were not imported: %1</source>
        <translation>
            <numerusform>%n resource of another type was not imported: %1</numerusform>
            <numerusform>%n resources of another type were not imported: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n resources of %1 other types were not imported: %2</source>
        <translation>
            <numerusform>%n resource of %1 other types was not imported: %2</numerusform>
            <numerusform>%n resources of %1 other types were not imported: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n columns are not %1 columns Boussole reads; their values are kept with each line: %2</source>
        <translation>
            <numerusform>%n column is not a %1 column Boussole reads; its values are kept with each line: %2</numerusform>
            <numerusform>%n columns are not %1 columns Boussole reads; their values are kept with each line: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workloads derived from the bill</source>
        <translation>
            <numerusform>%n workload derived from the bill</numerusform>
            <numerusform>%n workloads derived from the bill</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the archive holds %n files; Boussole imports an archive that holds exactly one export</source>
        <translation>
            <numerusform>the archive holds %n file; Boussole imports an archive that holds exactly one export</numerusform>
            <numerusform>the archive holds %n files; Boussole imports an archive that holds exactly one export</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Licensing</name>
    <message numerus="yes">
        <source>%1 brought by the customer: %n processor licence(s) counted</source>
        <translation>
            <numerusform>%1 brought by the customer: %n processor licence counted</numerusform>
            <numerusform>%1 brought by the customer: %n processor licences counted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 needs %n processor licence(s); no licence-included price is known here, so the total is incomplete</source>
        <translation>
            <numerusform>%1 needs %n processor licence; no licence-included price is known here, so the total is incomplete</numerusform>
            <numerusform>%1 needs %n processor licences; no licence-included price is known here, so the total is incomplete</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 brought by the customer (%2); %n core licence(s) counted</source>
        <translation>
            <numerusform>%1 brought by the customer (%2); %n core licence counted</numerusform>
            <numerusform>%1 brought by the customer (%2); %n core licences counted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 included in the provider's price: %2 %3 per vCPU-hour × %n vCPU</source>
        <translation>
            <numerusform>%1 included in the provider's price: %2 %3 per vCPU-hour × %n vCPU</numerusform>
            <numerusform>%1 included in the provider's price: %2 %3 per vCPU-hour × %n vCPU</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Migration</name>
    <message numerus="yes">
        <source>wave %1 because critical applications are not in the first %n wave(s)</source>
        <translation>
            <numerusform>wave %1 because critical applications are not in the first wave</numerusform>
            <numerusform>wave %1 because critical applications are not in the first %n waves</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>wave %1 because complex applications are not in the first %n wave(s)</source>
        <translation>
            <numerusform>wave %1 because complex applications are not in the first wave</numerusform>
            <numerusform>wave %1 because complex applications are not in the first %n waves</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Scenario</name>
    <message numerus="yes">
        <source>Commitment %1: the bills do not state its expiry (FOCUS does not carry it); assumption: paid %n more month(s).</source>
        <translation>
            <numerusform>Commitment %1: the bills do not state its expiry (FOCUS does not carry it); assumption: paid %n more month.</numerusform>
            <numerusform>Commitment %1: the bills do not state its expiry (FOCUS does not carry it); assumption: paid %n more months.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on premises: %n workload(s) the bills do not cover, costed with the on-premises model</source>
        <translation>
            <numerusform>on premises: %n workload the bills do not cover, costed with the on-premises model</numerusform>
            <numerusform>on premises: %n workloads the bills do not cover, costed with the on-premises model</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Today includes %1 per month on premises for %n workload(s) the bills do not cover: the project's on-premises cost model, whose rates are assumptions unless a source is given.</source>
        <translation>
            <numerusform>Today includes %1 per month on premises for %n workload the bills do not cover: the project's on-premises cost model, whose rates are assumptions unless a source is given.</numerusform>
            <numerusform>Today includes %1 per month on premises for %n workloads the bills do not cover: the project's on-premises cost model, whose rates are assumptions unless a source is given.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetAssessmentCommand</name>
    <message numerus="yes">
        <source>Assess %n items</source>
        <translation>
            <numerusform>Assess %n item</numerusform>
            <numerusform>Assess %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetDuplicateOfCommand</name>
    <message numerus="yes">
        <source>Mark %n record(s) as the same machine</source>
        <translation>
            <numerusform>Mark %n record as the same machine</numerusform>
            <numerusform>Mark %n records as the same machine</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetWorkloadFieldCommand</name>
    <message numerus="yes">
        <source>Set the environment of %n workload(s)</source>
        <translation>
            <numerusform>Set the environment of %n workload</numerusform>
            <numerusform>Set the environment of %n workloads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the criticality of %n workload(s)</source>
        <translation>
            <numerusform>Set the criticality of %n workload</numerusform>
            <numerusform>Set the criticality of %n workloads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the data class of %n workload(s)</source>
        <translation>
            <numerusform>Set the data class of %n workload</numerusform>
            <numerusform>Set the data class of %n workloads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set the application of %n workload(s)</source>
        <translation>
            <numerusform>Set the application of %n workload</numerusform>
            <numerusform>Set the application of %n workloads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>boussole::CommitmentTableModel</name>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>boussole::ComparisonPage</name>
    <message numerus="yes">
        <source>“?”: incomplete, a needed component has no sourced price (never counted as zero). “*”: %n price(s) not verified.</source>
        <translation>
            <numerusform>“?”: incomplete, a needed component has no sourced price (never counted as zero). “*”: %n price not verified.</numerusform>
            <numerusform>“?”: incomplete, a needed component has no sourced price (never counted as zero). “*”: %n prices not verified.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workload(s) not compared (templates, duplicates, powered off).</source>
        <translation>
            <numerusform>%n workload not compared (templates, duplicates, powered off).</numerusform>
            <numerusform>%n workloads not compared (templates, duplicates, powered off).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n offer(s): %1</source>
        <translation>
            <numerusform>%n offer: %1</numerusform>
            <numerusform>%n offers: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Today, from the bills, the %n workload(s) they describe cost %1 a month.</source>
        <translation>
            <numerusform>Today, from the bills, the %n workload they describe costs %1 a month.</numerusform>
            <numerusform>Today, from the bills, the %n workloads they describe cost %1 a month.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>boussole::CompliancePage</name>
    <message numerus="yes">
        <source>%1 %2, %3 (%4) — %n item(s)</source>
        <translation>
            <numerusform>%1 %2, %3 (%4) — %n item</numerusform>
            <numerusform>%1 %2, %3 (%4) — %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blocking item(s)</source>
        <translation>
            <numerusform>%n blocking item</numerusform>
            <numerusform>%n blocking items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n non-compliant requirement(s)</source>
        <translation>
            <numerusform>%n non-compliant requirement</numerusform>
            <numerusform>%n non-compliant requirements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audit trail: %n entry(ies), intact. Head %1</source>
        <translation>
            <numerusform>Audit trail: %n entry, intact. Head %1</numerusform>
            <numerusform>Audit trail: %n entries, intact. Head %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file(s) expired</source>
        <translation>
            <numerusform>%n evidence file expired</numerusform>
            <numerusform>%n evidence files expired</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expiring within 30 days</source>
        <translation>
            <numerusform>%n expiring within 30 days</numerusform>
            <numerusform>%n expiring within 30 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is pass or fail for the provider: %n blocking item(s).</source>
        <translation>
            <numerusform>%1 is pass or fail for the provider: %n blocking item.</numerusform>
            <numerusform>%1 is pass or fail for the provider: %n blocking items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expires on %1, in %n day(s)</source>
        <translation>
            <numerusform>expires on %1, in %n day</numerusform>
            <numerusform>expires on %1, in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>boussole::ComplianceTreeModel</name>
    <message numerus="yes">
        <source>%n evidence file(s) expired: the item is no longer proven until renewed</source>
        <translation>
            <numerusform>%n evidence file expired: the item is no longer proven until renewed</numerusform>
            <numerusform>%n evidence files expired: the item is no longer proven until renewed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence file(s) expire within 30 days</source>
        <translation>
            <numerusform>%n evidence file expires within 30 days</numerusform>
            <numerusform>%n evidence files expire within 30 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expired</source>
        <translation>
            <numerusform>%n expired</numerusform>
            <numerusform>%n expired</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n expiring</source>
        <translation>
            <numerusform>%n expiring</numerusform>
            <numerusform>%n expiring</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n expired)</source>
        <translation>
            <numerusform>%1 (%n expired)</numerusform>
            <numerusform>%1 (%n expired)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n expiring)</source>
        <translation>
            <numerusform>%1 (%n expiring)</numerusform>
            <numerusform>%1 (%n expiring)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>boussole::CostsPage</name>
    <message numerus="yes">
        <source>The bills are in %n currencies (%1): amounts in each currency are shown separately and never added together. Choose the currency above.</source>
        <translation>
            <numerusform>The bills are in %n currency (%1): amounts in each currency are shown separately and never added together. Choose the currency above.</numerusform>
            <numerusform>The bills are in %n currencies (%1): amounts in each currency are shown separately and never added together. Choose the currency above.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>month(s) covered</source>
        <translation>
            <numerusform>month covered</numerusform>
            <numerusform>months covered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>bill line(s)</source>
        <translation>
            <numerusform>bill line</numerusform>
            <numerusform>bill lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>bill line(s) in %1</source>
        <translation>
            <numerusform>bill line in %1</numerusform>
            <numerusform>bill lines in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>boussole::CoveredByBox</name>
    <message numerus="yes">
        <source>Accept %n suggestion(s)</source>
        <translation>
            <numerusform>Accept %n suggestion</numerusform>
            <numerusform>Accept %n suggestions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>boussole::EntitlementTableModel</name>
    <message numerus="yes">
        <source>Remove %n licence entitlement(s)</source>
        <translation>
            <numerusform>Remove %n licence entitlement</numerusform>
            <numerusform>Remove %n licence entitlements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>boussole::GanttView</name>
    <message numerus="yes">
        <source>%n workload(s)</source>
        <translation>
            <numerusform>%n workload</numerusform>
            <numerusform>%n workloads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>boussole::ImportWizard</name>
    <message numerus="yes">
        <source>%1: %n row(s) imported (%2)</source>
        <translation>
            <numerusform>%1: %n row imported (%2)</numerusform>
            <numerusform>%1: %n rows imported (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n file(s) imported.</source>
        <translation>
            <numerusform>%1 of %n file imported.</numerusform>
            <numerusform>%1 of %n files imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s).</source>
        <translation>
            <numerusform>%n warning.</numerusform>
            <numerusform>%n warnings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>boussole::InventoryPage</name>
    <message numerus="yes">
        <source>%n record(s) from different sources may describe a machine already listed.</source>
        <translation>
            <numerusform>%n record from another source may describe a machine already listed.</numerusform>
            <numerusform>%n records from different sources may describe a machine already listed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n workload(s) shown — %2 vCPU, %3 GiB memory, %4 GiB storage allocated</source>
        <translation>
            <numerusform>%1 of %n workload shown — %2 vCPU, %3 GiB memory, %4 GiB storage allocated</numerusform>
            <numerusform>%1 of %n workloads shown — %2 vCPU, %3 GiB memory, %4 GiB storage allocated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>workload(s)</source>
        <translation>
            <numerusform>workload</numerusform>
            <numerusform>workloads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>boussole::MainWindow</name>
    <message numerus="yes">
        <source>%n file(s) imported</source>
        <translation>
            <numerusform>%n file imported</numerusform>
            <numerusform>%n files imported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>boussole::MergeAssessmentDialog</name>
    <message numerus="yes">
        <source>%n conflict(s) to settle.</source>
        <translation>
            <numerusform>%n conflict to settle.</numerusform>
            <numerusform>%n conflicts to settle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incoming change(s) apply without conflict.</source>
        <translation>
            <numerusform>%n incoming change applies without conflict.</numerusform>
            <numerusform>%n incoming changes apply without conflict.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) already agree, or were assessed here since.</source>
        <translation>
            <numerusform>%n item already agrees, or was assessed here since.</numerusform>
            <numerusform>%n items already agree, or were assessed here since.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>boussole::MigrationPage</name>
    <message numerus="yes">
        <source>%n wave(s), %1 workloads, from %2 to %3; %4 left out (retired, retained, templates, duplicates).</source>
        <translation>
            <numerusform>%n wave, %1 workloads, from %2 to %3; %4 left out (retired, retained, templates, duplicates).</numerusform>
            <numerusform>%n waves, %1 workloads, from %2 to %3; %4 left out (retired, retained, templates, duplicates).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workload(s) in the waves are now to be retired or retained: plan again to take them out.</source>
        <translation>
            <numerusform>%n workload in the waves is now to be retired or retained: plan again to take it out.</numerusform>
            <numerusform>%n workloads in the waves are now to be retired or retained: plan again to take them out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>boussole::OverviewPage</name>
    <message numerus="yes">
        <source>%n powered-off machine(s)</source>
        <translation>
            <numerusform>%n powered-off machine</numerusform>
            <numerusform>%n powered-off machines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n template(s)</source>
        <translation>
            <numerusform>%n template</numerusform>
            <numerusform>%n templates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) confirmed as the same machine as another are counted once.</source>
        <translation>
            <numerusform>%n record confirmed as the same machine as another is counted once.</numerusform>
            <numerusform>%n records confirmed as the same machine as another are counted once.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The size of %n running workload(s) is unknown: their sources did not give it.</source>
        <translation>
            <numerusform>The size of %n running workload is unknown: its source did not give it.</numerusform>
            <numerusform>The size of %n running workloads is unknown: their sources did not give it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>workload(s)</source>
        <translation>
            <numerusform>workload</numerusform>
            <numerusform>workloads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>application(s)</source>
        <translation>
            <numerusform>application</numerusform>
            <numerusform>applications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>import(s)</source>
        <translation>
            <numerusform>import</numerusform>
            <numerusform>imports</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>boussole::ProviderTotalsModel</name>
    <message numerus="yes">
        <source>%n incomplete</source>
        <translation>
            <numerusform>%n incomplete</numerusform>
            <numerusform>%n incomplete</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>boussole::ReportsPage</name>
    <message numerus="yes">
        <source>Deck written: %1 (%n page(s)). Audit trail head: %2</source>
        <translation>
            <numerusform>Deck written: %1 (%n page). Audit trail head: %2</numerusform>
            <numerusform>Deck written: %1 (%n pages). Audit trail head: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>boussole::ScenariosPage</name>
    <message numerus="yes">
        <source>%1: %2 a month for %n placed workload(s).</source>
        <translation>
            <numerusform>%1: %2 a month for %n placed workload.</numerusform>
            <numerusform>%1: %2 a month for %n placed workloads.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workload(s) placed by no rule: %1.</source>
        <translation>
            <numerusform>%n workload placed by no rule: %1.</numerusform>
            <numerusform>%n workloads placed by no rule: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workload(s) have no eligible offer where their rule sends them.</source>
        <translation>
            <numerusform>%n workload has no eligible offer where its rule sends it.</numerusform>
            <numerusform>%n workloads have no eligible offer where their rule sends them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cumulative cost over %n year(s) (EUR)</source>
        <translation>
            <numerusform>Cumulative cost over %n year (EUR)</numerusform>
            <numerusform>Cumulative cost over %n years (EUR)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The bills show %n service(s) the services map says need refactoring, not priced here: %1.</source>
        <translation>
            <numerusform>The bills show %n service the services map says need refactoring, not priced here: %1.</numerusform>
            <numerusform>The bills show %n services the services map says need refactoring, not priced here: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On premises today: %n workload(s) without a bill cost %1 per month (the on-premises cost model; its rates and their basis: “On-premises costs…”).</source>
        <translation>
            <numerusform>On premises today: %n workload without a bill costs %1 per month (the on-premises cost model; its rates and their basis: “On-premises costs…”).</numerusform>
            <numerusform>On premises today: %n workloads without a bill cost %1 per month (the on-premises cost model; its rates and their basis: “On-premises costs…”).</numerusform>
        </translation>
    </message>
</context>
</TS>
