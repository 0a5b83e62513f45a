using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Coolset.Analyzers.Workloads;

namespace Coolset.Analyzers.Benchmarks
{
    /// <summary>
    /// dotnet run -c Release --project tests/Coolset.Analyzers.Benchmarks -- [--sizes 500,2000,8000] [--repeat 3] [--variants all|plain|clients]
    /// dotnet run -c Release --project tests/Coolset.Analyzers.Benchmarks -- --mutations 20000 [--seed N] [--batch 100] [--fixes 3]
    /// dotnet run -c Release --project tests/Coolset.Analyzers.Benchmarks -- --profile 2000 [--variants plain] [--runs 1]
    /// </summary>
    public static class Program
    {
        public static async Task<int> Main(string[] args)
        {
            var options = ParseArguments(args);
            if (options.TryGetValue("mutations", out var mutations))
            {
                return await RunMutationsAsync(options, int.Parse(mutations, CultureInfo.InvariantCulture)).ConfigureAwait(false);
            }

            if (options.TryGetValue("profile", out var profileSize))
            {
                var plain = options.TryGetValue("variants", out var profiled) && profiled == "plain";
                var runs = options.TryGetValue("runs", out var runText) ? int.Parse(runText, CultureInfo.InvariantCulture) : 1;
                await CallbackProfile.RunAsync(int.Parse(profileSize, CultureInfo.InvariantCulture), Console.Out, plain, runs).ConfigureAwait(false);
                return 0;
            }

            var sizes = (options.TryGetValue("sizes", out var s) ? s : "500,2000,8000")
                .Split(',').Select(x => int.Parse(x, CultureInfo.InvariantCulture)).ToArray();
            var repeat = options.TryGetValue("repeat", out var r) ? int.Parse(r, CultureInfo.InvariantCulture) : 3;
            var variants = options.TryGetValue("variants", out var v) ? v : "all";
            if (variants != "all" && variants != "plain" && variants != "clients")
            {
                throw new ArgumentException($"--variants is 'all', 'plain' or 'clients', not '{variants}'.");
            }

            await new AnalyzerCostBenchmark(repeat, Console.Out, plainOnly: variants == "plain", clientsOnly: variants == "clients").RunAsync(sizes).ConfigureAwait(false);
            return 0;
        }

        private static async Task<int> RunMutationsAsync(Dictionary<string, string> options, int count)
        {
            var settings = new MutationSettings(
                options.TryGetValue("seed", out var seed) ? int.Parse(seed, CultureInfo.InvariantCulture) : MutationSettings.DefaultSeed,
                count,
                options.TryGetValue("batch", out var batch) ? int.Parse(batch, CultureInfo.InvariantCulture) : MutationSettings.Quick.BatchSize,
                options.TryGetValue("fixes", out var fixes) ? int.Parse(fixes, CultureInfo.InvariantCulture) : MutationSettings.Quick.MaxDiagnosticsToFixPerBatch);
            var references = await BenchmarkReferences.WithHttpAndLoggingAsync(CancellationToken.None).ConfigureAwait(false);
            var corpus = TestSourceCorpus.Load();
            Console.WriteLine($"Mutation crash run: seed {settings.Seed}, {count} cases, batches of {settings.BatchSize}, corpus of {corpus.Count} test sources");
            var started = DateTime.UtcNow;
            var result = await MutationCampaign.RunAsync(settings, corpus, references, Console.WriteLine, CancellationToken.None).ConfigureAwait(false);
            Console.WriteLine(result.Summary + $" in {(DateTime.UtcNow - started).TotalSeconds:F0} s");
            foreach (var crash in result.Crashes.Take(20))
            {
                Console.WriteLine(crash.Describe(settings.Seed));
            }

            return result.Crashes.Count == 0 ? 0 : 1;
        }

        private static Dictionary<string, string> ParseArguments(string[] args)
        {
            var options = new Dictionary<string, string>(StringComparer.Ordinal);
            for (var i = 0; i < args.Length; i++)
            {
                if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
                {
                    throw new ArgumentException($"Unexpected argument '{args[i]}'; expected --name value pairs.");
                }

                options[args[i].Substring(2)] = args[++i];
            }

            return options;
        }
    }
}
