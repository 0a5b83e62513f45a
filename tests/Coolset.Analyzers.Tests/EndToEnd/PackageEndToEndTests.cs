using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using Xunit;

namespace Coolset.Analyzers.Tests.EndToEnd
{
    /// <summary>
    /// The real package, as a user gets it: packed from the repository, installed from a local folder source into a
    /// fresh project, built, enforced, and fixed in bulk with <c>dotnet format analyzers</c>.
    /// </summary>
    public sealed class PackageEndToEndTests : IDisposable
    {
        // Split so that this file holds no token itself; the project under test gets the joined text.
        private static readonly string LiveToken = "sk_" + "live_4f9Xq2Lm8Rt5Vb1Nc7Kd";
        private static readonly string TestToken = "sk_" + "test_8Hj3Pw6Zs1Qe9Ua4Yt2M";
        private const string BearerCredential = "eyJhbGciOiJIUzI1NiJ9.e2e0payload9.c2lnbmF0dXJl";

        private readonly string _work = Path.Combine(Path.GetTempPath(), "coolset-e2e-" + Guid.NewGuid().ToString("N"));
        private readonly DotNetCli _dotnet;

        public PackageEndToEndTests()
        {
            Directory.CreateDirectory(_work);
            _dotnet = new DotNetCli(Path.Combine(_work, "packages"));
        }

        [Fact]
        public void Packed_package_installs_from_a_folder_reports_redacted_warnings_enforces_and_fixes()
        {
            var feed = Path.Combine(_work, "feed");
            var (packExit, packOutput) = _dotnet.Run(
                DotNetCli.RepositoryRoot(), "pack", "src/Coolset.Analyzers.Package", "-c", "Release", "-o", feed, "-nodeReuse:false");
            Assert.True(packExit == 0, packOutput);

            var package = Directory.GetFiles(feed, "Coolset.Analyzers.*.nupkg").Single();
            AssertPackageLayout(package);

            var app = CreateConsumerProject(feed);
            var sarif = Path.Combine(_work, "build.sarif");

            var (buildExit, buildOutput) = _dotnet.Run(app, "build", "-nodeReuse:false", $"-p:ErrorLog={sarif}%2Cversion=2.1");
            Assert.True(buildExit == 0, buildOutput);
            Assert.Contains("warning COOL001", buildOutput);
            Assert.Contains("warning COOL002", buildOutput);
            Assert.Contains("warning COOL003", buildOutput);
            Assert.Contains("sk_live_\u2026", buildOutput);
            AssertNoSecret(buildOutput);
            AssertNoSecret(File.ReadAllText(sarif));
            Assert.Contains("COOL007", File.ReadAllText(sarif));

            var (strictExit, strictOutput) = _dotnet.Run(app, "build", "--no-restore", "--no-incremental", "-nodeReuse:false", "-p:TreatWarningsAsErrors=true");
            Assert.True(strictExit != 0, strictOutput);
            Assert.Contains("error COOL001", strictOutput);
            AssertNoSecret(strictOutput);

            var (formatExit, formatOutput) = _dotnet.Run(
                app, "format", "analyzers", "--no-restore", "--diagnostics", "COOL001", "COOL002", "COOL003", "COOL007", "COOL008", "COOL005", "COOL009", "--severity", "info");
            Assert.True(formatExit == 0, formatOutput);
            var fixedSource = File.ReadAllText(Path.Combine(app, "Program.cs"));
            AssertNoSecret(fixedSource);
            Assert.Contains("Environment.GetEnvironmentVariable(\"COOLSET_API_TOKEN\")", fixedSource);
            Assert.Contains("$\"Bearer {Environment.GetEnvironmentVariable(\"COOLSET_API_TOKEN\")}\"", fixedSource);
            Assert.DoesNotContain("{apiKey}", fixedSource);

            // COOL008: the token leaves the URL for the request's Authorization header.
            Assert.Contains("warning COOL008", buildOutput);
            Assert.DoesNotContain("access_token", fixedSource);
            Assert.Contains("reports.Headers.Authorization = new AuthenticationHeaderValue(\"Bearer\", apiKey);", fixedSource);

            // COOL005: the client gets the Bearer header from the environment; COOL009: the token gets the Bearer scheme.
            Assert.Contains("warning COOL005", buildOutput);
            Assert.Contains("warning COOL009", buildOutput);
            Assert.Contains("sites.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(\"Bearer\", Environment.GetEnvironmentVariable(\"COOLSET_API_TOKEN\"));", fixedSource);
            Assert.Contains("legacy.Headers.Authorization = new AuthenticationHeaderValue(\"Bearer\", apiKey);", fixedSource);
            Assert.DoesNotContain("Headers.Add(\"Authorization\", apiKey)", fixedSource);

            var (rebuildExit, rebuildOutput) = _dotnet.Run(app, "build", "--no-restore", "--no-incremental", "-nodeReuse:false", "-p:TreatWarningsAsErrors=true");
            Assert.True(rebuildExit == 0, rebuildOutput);
            Assert.DoesNotContain("COOL00", rebuildOutput);
        }

        private static void AssertPackageLayout(string package)
        {
            using var archive = ZipFile.OpenRead(package);
            var entries = archive.Entries.Select(e => e.FullName).ToList();
            var analyzers = entries.Where(e => e.StartsWith("analyzers/", StringComparison.Ordinal)).OrderBy(e => e, StringComparer.Ordinal);
            Assert.Equal(
                new[] { "analyzers/dotnet/cs/Coolset.Analyzers.CodeFixes.dll", "analyzers/dotnet/cs/Coolset.Analyzers.dll" },
                analyzers);
            Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal));
            Assert.Contains("README.md", entries);
            Assert.Contains("build/Coolset.Analyzers.props", entries);

            using var nuspecStream = archive.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open();
            var nuspec = new StreamReader(nuspecStream).ReadToEnd();
            Assert.Contains("<developmentDependency>true</developmentDependency>", nuspec);
            Assert.Contains("<license type=\"expression\">MIT</license>", nuspec);
            Assert.Contains("<readme>README.md</readme>", nuspec);
            Assert.DoesNotContain("<dependency ", nuspec);
        }

        private string CreateConsumerProject(string feed)
        {
            var app = Path.Combine(_work, "app");
            Directory.CreateDirectory(app);
            var version = Path.GetFileNameWithoutExtension(Directory.GetFiles(feed, "*.nupkg").Single()).Substring("Coolset.Analyzers.".Length);
            File.WriteAllText(Path.Combine(app, "nuget.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <clear />
                    <add key="local" value="{feed}" />
                  </packageSources>
                </configuration>
                """);
            File.WriteAllText(Path.Combine(app, "App.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <TargetFramework>net{Environment.Version.Major}.0</TargetFramework>
                    <Nullable>enable</Nullable>
                    <ImplicitUsings>enable</ImplicitUsings>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="Coolset.Analyzers" Version="{version}" />
                  </ItemGroup>
                </Project>
                """);
            File.WriteAllText(Path.Combine(app, "Program.cs"), $$"""
                using System.Net.Http;
                using System.Net.Http.Headers;

                var client = new HttpClient { BaseAddress = new Uri("https://developers.coolset.com/") };
                const string Token = "{{LiveToken}}";
                client.DefaultRequestHeaders.Add("Authorization", "Bearer {{BearerCredential}}");
                string testToken = "{{TestToken}}";
                Console.WriteLine(Token.Length + testToken.Length);
                var apiKey = Environment.GetEnvironmentVariable("COOLSET_API_TOKEN");
                Console.WriteLine($"Calling Coolset with key {apiKey}");
                """);

            // COOL008: a token in the query string of a request the program creates.
            File.AppendAllText(Path.Combine(app, "Program.cs"), """

                using var reports = new HttpRequestMessage(HttpMethod.Get, $"https://developers.coolset.com/api/reports?page=1&access_token={apiKey}");
                Console.WriteLine(reports.Method);
                """);

            // COOL005: a Coolset request sent through a new client that nothing authorizes.
            // COOL009: a token added to a Coolset request's Authorization without the Bearer scheme.
            File.AppendAllText(Path.Combine(app, "Program.cs"), """

                using var sites = new HttpClient();
                Console.WriteLine(await sites.GetStringAsync("https://developers.coolset.com/api/sites/"));
                using var legacy = new HttpRequestMessage(HttpMethod.Get, "https://developers.coolset.com/api/products/");
                legacy.Headers.Add("Authorization", apiKey);
                Console.WriteLine(legacy.Method);
                """);
            return app;
        }

        private static void AssertNoSecret(string text)
        {
            Assert.DoesNotContain(LiveToken, text);
            Assert.DoesNotContain(TestToken, text);
            Assert.DoesNotContain(BearerCredential, text);
        }

        public void Dispose()
        {
            try
            {
                Directory.Delete(_work, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
