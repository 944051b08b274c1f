package dev.nyx.examples.runner;

import dev.nyx.core.Nyx;
import dev.nyx.core.plan.CompanyTiers;
import dev.nyx.model.Company;
import dev.nyx.model.CompanyTier;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code nyx company ...}: the candidate's company tiers, which shift the effort policy's bands.
 * Through {@code Nyx.companies()} on a Nyx without plugins.
 */
@Command(name = "company", mixinStandardHelpOptions = true, description = "Works with company tiers.",
        subcommands = {CompanyCommand.Tier.class, CompanyCommand.ListTiers.class})
final class CompanyCommand implements Runnable {
    @ParentCommand
    NyxCommand nyx;

    @Override
    public void run() {
        new picocli.CommandLine(this).usage(nyx.out());
    }

    /** {@code nyx company tier NAME top|normal|avoid}. */
    @Command(name = "tier", mixinStandardHelpOptions = true,
            description = "Sets a company's tier: top (more effort), normal, or avoid (never apply).")
    static final class Tier implements Callable<Integer> {
        @ParentCommand
        private CompanyCommand company;

        @Mixin
        private StorageOptions storage;

        @Parameters(index = "0", paramLabel = "NAME", description = "The company, as postings name it.")
        private String name;

        @Parameters(index = "1", paramLabel = "TIER", description = "top, normal or avoid.")
        private String tier;

        @Override
        public Integer call() {
            CompanyTier parsed = CompanyTiers.parseTier(tier);
            try (Nyx assembled = company.nyx.withoutPlugins(storage)) {
                Company stored = assembled.companies().setTier(name, parsed);
                company.nyx.out().println(stored.name() + " is now tier " + describe(stored.tier()) + ".");
                return ExitCodes.OK;
            }
        }
    }

    /** {@code nyx company list}. */
    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the companies with a tier.")
    static final class ListTiers implements Callable<Integer> {
        @ParentCommand
        private CompanyCommand company;

        @Mixin
        private StorageOptions storage;

        @Override
        public Integer call() {
            PrintWriter out = company.nyx.out();
            try (Nyx assembled = company.nyx.withoutPlugins(storage)) {
                List<Company> companies = assembled.companies().list();
                if (companies.isEmpty()) {
                    out.println("No company has a tier yet ('nyx company tier NAME top|normal|avoid').");
                }
                companies.forEach(stored -> out.println(describe(stored.tier()) + "\t" + stored.name()));
                return ExitCodes.OK;
            }
        }
    }

    private static String describe(CompanyTier tier) {
        return tier.name().toLowerCase(Locale.ROOT);
    }
}
