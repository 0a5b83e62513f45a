using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Coolset.Analyzers.Workloads
{
    /// <summary>What kind of codebase <see cref="CodeGenerator"/> writes.</summary>
    public enum CodebaseFlavor
    {
        /// <summary>Business code with a small share of Coolset clients (HttpClient, logging, configuration).</summary>
        WithCoolsetClients,

        /// <summary>Business code only: no <c>System.Net.Http</c>, no logging, no configuration.</summary>
        PlainBusiness,
    }

    public sealed class GeneratedFile
    {
        public GeneratedFile(string path, string text)
        {
            Path = path;
            Text = text;
        }

        public string Path { get; }

        public string Text { get; }
    }

    /// <summary>
    /// Writes a realistic C# codebase, deterministically: the same seed and shape give the same text on every machine.
    /// Ordinary business code (records, services, LINQ, async methods, string handling) and, in
    /// <see cref="CodebaseFlavor.WithCoolsetClients"/>, about one file in twelve is a Coolset client or a logging
    /// service, with look-alikes (<c>cancellationToken</c>, <c>pageToken</c>, "Bearer authentication failed").
    /// One file in <c>findingEvery</c> carries a hardcoded secret, as a real codebase now and then does.
    /// </summary>
    public sealed class CodeGenerator
    {
        public const string GlobalUsingsPath = "GlobalUsings.cs";
        private const int Areas = 16;

        private readonly int _seed;
        private readonly CodebaseFlavor _flavor;
        private readonly int _findingEvery;

        public CodeGenerator(int seed, CodebaseFlavor flavor, int findingEvery = 100)
        {
            _seed = seed;
            _flavor = flavor;
            _findingEvery = findingEvery;
        }

        /// <summary>The global usings file followed by <paramref name="fileCount"/> source files.</summary>
        public IReadOnlyList<GeneratedFile> Generate(int fileCount)
        {
            var files = new List<GeneratedFile>(fileCount + 1) { new GeneratedFile(GlobalUsingsPath, GlobalUsings()) };
            for (var i = 0; i < fileCount; i++)
            {
                files.Add(GenerateFile(i));
            }

            return files;
        }

        public string GlobalUsings()
        {
            var builder = new StringBuilder();
            foreach (var ns in new[] { "System", "System.Collections.Generic", "System.Globalization", "System.Linq", "System.Text", "System.Threading", "System.Threading.Tasks" })
            {
                builder.Append("global using ").Append(ns).AppendLine(";");
            }

            if (_flavor == CodebaseFlavor.WithCoolsetClients)
            {
                foreach (var ns in new[] { "System.Net", "System.Net.Http", "System.Net.Http.Headers", "Microsoft.Extensions.Configuration", "Microsoft.Extensions.DependencyInjection", "Microsoft.Extensions.Logging", "Microsoft.Extensions.Options" })
                {
                    builder.Append("global using ").Append(ns).AppendLine(";");
                }
            }

            for (var area = 0; area < Areas; area++)
            {
                builder.Append("global using Contoso.Area").Append(area.ToString(CultureInfo.InvariantCulture)).AppendLine(";");
            }

            return builder.ToString();
        }

        public GeneratedFile GenerateFile(int index)
        {
            var random = new Random(unchecked((_seed * 397) ^ index));
            var w = new SourceWriter(index);
            w.Line($"namespace Contoso.Area{index % Areas};");
            w.Line();
            WriteRecord(w, random);
            var kind = _flavor == CodebaseFlavor.WithCoolsetClients ? random.Next(24) : 2 + random.Next(22);
            string className;
            if (kind == 0)
            {
                className = WriteCoolsetClient(w, random);
            }
            else if (kind == 1)
            {
                className = WriteLoggingService(w, random);
            }
            else if (kind == 2 && _flavor == CodebaseFlavor.WithCoolsetClients)
            {
                className = WriteTypedCoolsetClient(w);
            }
            else
            {
                className = WriteBusinessService(w, random);
            }

            if (_findingEvery > 0 && index % _findingEvery == _findingEvery - 1)
            {
                WriteFinding(w, index);
            }

            if (_flavor == CodebaseFlavor.WithCoolsetClients && _findingEvery > 0 && index % _findingEvery == _findingEvery / 4 - 1)
            {
                WriteAuthorizationFinding(w, index, otherScheme: index / _findingEvery % 2 == 1);
            }

            WriteUrls(w, index);

            return new GeneratedFile($"Area{index % Areas}/{className}.cs", w.ToString());
        }

        private static void WriteRecord(SourceWriter w, Random random)
        {
            var n = w.Index;
            w.Line($"public sealed record Record{n}(int Id, string Name, decimal Amount, DateTime CreatedAt)");
            w.Open();
            w.Line("public string DisplayName => $\"{Name} ({Id})\";");
            w.Line();
            w.Line("public bool IsRecent(DateTime now) => (now - CreatedAt).TotalDays < 30;");
            if (random.Next(2) == 0)
            {
                w.Line();
                w.Line("public string? Notes { get; init; }");
                w.Line();
                w.Line($"public Record{n} WithDiscount(decimal rate) => this with {{ Amount = Math.Round(Amount * (1m - rate), 2) }};");
            }

            w.Close();
            w.Line();
        }

        private static string WriteBusinessService(SourceWriter w, Random random)
        {
            var n = w.Index;
            var related = n > 0 ? random.Next(n) : -1;
            var name = $"Record{n}Service";
            w.Line($"public sealed class {name}");
            w.Open();
            w.Line($"private readonly List<Record{n}> _items = new();");
            if (related >= 0)
            {
                w.Line($"private readonly Dictionary<int, Record{related}> _related = new();");
            }

            w.Line();
            w.Line($"public void Add(Record{n} item) => _items.Add(item ?? throw new ArgumentNullException(nameof(item)));");
            w.Line();
            w.Line($"public async Task<IReadOnlyList<Record{n}>> LoadPageAsync(string? pageToken, int pageSize, CancellationToken cancellationToken)");
            w.Open();
            w.Line("await Task.Yield();");
            w.Line("cancellationToken.ThrowIfCancellationRequested();");
            w.Line("var start = string.IsNullOrEmpty(pageToken) ? 0 : int.Parse(pageToken, CultureInfo.InvariantCulture);");
            w.Line("var nextPageToken = (start + pageSize).ToString(CultureInfo.InvariantCulture);");
            w.Line("return _items.Skip(start).Take(pageSize).Where(i => i.Id.ToString(CultureInfo.InvariantCulture) != nextPageToken).ToList();");
            w.Close();
            w.Line();
            w.Line($"public decimal Total(Func<Record{n}, bool> filter) => _items.Where(filter).Sum(i => i.Amount);");
            w.Line();
            w.Line($"public IEnumerable<IGrouping<string, Record{n}>> ByInitial() =>");
            w.Line("    _items.OrderBy(i => i.Name, StringComparer.Ordinal).GroupBy(i => i.Name.Length == 0 ? \"?\" : i.Name.Substring(0, 1));");
            w.Line();
            w.Line("public string Describe()");
            w.Open();
            w.Line("var builder = new StringBuilder();");
            w.Line("foreach (var item in _items.Where(i => i.Amount > 0m).OrderByDescending(i => i.CreatedAt))");
            w.Open();
            w.Line("builder.Append(item.DisplayName).Append(';');");
            w.Close();
            w.Line();
            w.Line("return builder.ToString().TrimEnd(';');");
            w.Close();
            for (var extra = random.Next(1, 4); extra > 0; extra--)
            {
                w.Line();
                WriteExtraMethod(w, random, related, extra);
            }

            w.Line();
            w.Line("public static string ErrorText(int status) => status switch");
            w.Open();
            w.Line("401 => \"Bearer authentication failed\",");
            w.Line("403 => \"Forbidden\",");
            w.Line("_ => $\"Unexpected status {status}\",");
            w.Indent--;
            w.Line("};");
            w.Close();
            return name;
        }

        private static void WriteExtraMethod(SourceWriter w, Random random, int related, int ordinal)
        {
            var n = w.Index;
            switch (random.Next(5))
            {
                case 0:
                    w.Line($"public async Task<int> CountRecentAsync{ordinal}(DateTime now, CancellationToken cancellationToken)");
                    w.Open();
                    w.Line("await Task.Delay(0, cancellationToken).ConfigureAwait(false);");
                    w.Line("return _items.Count(i => i.IsRecent(now));");
                    w.Close();
                    break;
                case 1:
                    w.Line($"public string ToCsv{ordinal}(char separator = ',')");
                    w.Open();
                    w.Line("var lines = _items.Select(i => string.Join(separator, i.Id, i.Name.Replace(\"\\\"\", \"\\\"\\\"\"), i.Amount.ToString(\"F2\", CultureInfo.InvariantCulture)));");
                    w.Line("return string.Join(Environment.NewLine, lines);");
                    w.Close();
                    break;
                case 2:
                    w.Line($"public int TokenCount{ordinal}(string text)");
                    w.Open();
                    w.Line("var tokenizer = text.Split(new[] { ' ', '\\t' }, StringSplitOptions.RemoveEmptyEntries);");
                    w.Line("var tokenCount = tokenizer.Length;");
                    w.Line("return tokenCount;");
                    w.Close();
                    break;
                case 3 when related >= 0:
                    w.Line($"public IEnumerable<(Record{n} Item, Record{related}? Related)> Join{ordinal}() =>");
                    w.Line("    from item in _items");
                    w.Line("    let key = item.Id % 100");
                    w.Line("    select (item, _related.TryGetValue(key, out var other) ? other : null);");
                    break;
                default:
                    w.Line($"public Dictionary<string, decimal> Summarize{ordinal}() =>");
                    w.Line("    _items.GroupBy(i => i.Name.ToUpperInvariant())");
                    w.Line("          .ToDictionary(g => g.Key, g => g.Sum(i => i.Amount), StringComparer.OrdinalIgnoreCase);");
                    break;
            }
        }

        private static string WriteLoggingService(SourceWriter w, Random random)
        {
            var n = w.Index;
            var name = $"Record{n}Processor";
            w.Line($"public sealed class {name}");
            w.Open();
            w.Line($"private readonly ILogger<{name}> _logger;");
            w.Line();
            w.Line($"public {name}(ILogger<{name}> logger) => _logger = logger;");
            w.Line();
            w.Line($"public async Task<int> ProcessAsync(IReadOnlyList<Record{n}> items, string? continuationToken, CancellationToken cancellationToken)");
            w.Open();
            w.Line("using var scope = _logger.BeginScope(\"Batch {ContinuationToken}\", continuationToken);");
            w.Line("var processed = 0;");
            w.Line("foreach (var item in items)");
            w.Open();
            w.Line("cancellationToken.ThrowIfCancellationRequested();");
            w.Line("await Task.Yield();");
            w.Line("_logger.LogDebug(\"Processing {Id} {Name}\", item.Id, item.Name);");
            w.Line("processed++;");
            w.Close();
            w.Line();
            w.Line("_logger.LogInformation(\"Processed {Count} items in {Area}\", processed, nameof(" + name + "));");
            w.Line("return processed;");
            w.Close();
            w.Line();
            w.Line("public void ReportFailure(Exception exception, int status)");
            w.Open();
            w.Line("if (status == 401)");
            w.Open();
            w.Line("_logger.LogWarning(exception, \"Bearer authentication failed with status {Status}\", status);");
            w.Close();
            w.Line("else");
            w.Open();
            w.Line("_logger.LogError(exception, $\"Request failed with status {status}\");");
            w.Close();
            w.Close();
            if (random.Next(2) == 0)
            {
                w.Line();
                w.Line("public void LogTokenUsage(string sessionToken, int tokenCount) =>");
                w.Line("    _logger.LogTrace(\"Session has {Length} characters and {Count} tokens\", sessionToken.Length, tokenCount);");
            }

            w.Close();
            return name;
        }

        private static string WriteCoolsetClient(SourceWriter w, Random random)
        {
            var n = w.Index;
            var name = $"CoolsetFootprintClient{n}";
            var host = random.Next(2) == 0 ? "developers.coolset.com" : "developers-scranton.coolset.com";
            w.Line($"public sealed class CoolsetSettings{n}");
            w.Open();
            w.Line("public string ApiToken { get; set; } = string.Empty;");
            w.Line();
            w.Line($"public string BaseUrl {{ get; set; }} = \"https://{host}/api/v1/\";");
            w.Close();
            w.Line();
            w.Line($"public sealed class {name}");
            w.Open();
            w.Line("private readonly HttpClient _httpClient;");
            w.Line($"private readonly ILogger<{name}> _logger;");
            w.Line("private readonly IConfiguration _configuration;");
            w.Line($"private readonly IOptions<CoolsetSettings{n}> _settings;");
            w.Line();
            w.Line($"public {name}(HttpClient httpClient, ILogger<{name}> logger, IConfiguration configuration, IOptions<CoolsetSettings{n}> settings)");
            w.Open();
            w.Line("_httpClient = httpClient;");
            w.Line("_logger = logger;");
            w.Line("_configuration = configuration;");
            w.Line("_settings = settings;");
            w.Close();
            w.Line();
            w.Line("public async Task<string> GetFootprintsAsync(string? pageToken, CancellationToken cancellationToken)");
            w.Open();
            w.Line("var token = Environment.GetEnvironmentVariable(\"COOLSET_API_TOKEN\") ?? throw new InvalidOperationException(\"COOLSET_API_TOKEN is not set.\");");
            w.Line($"using var request = new HttpRequestMessage(HttpMethod.Get, $\"https://{host}/api/v1/footprints?page={{pageToken}}\");");
            w.Line("request.Headers.Authorization = new AuthenticationHeaderValue(\"Bearer\", token);");
            w.Line("_logger.LogInformation(\"Requesting footprints page {PageToken}\", pageToken);");
            w.Line("using var response = await _httpClient.SendAsync(request, cancellationToken).ConfigureAwait(false);");
            w.Line("if (response.StatusCode == HttpStatusCode.Unauthorized)");
            w.Open();
            w.Line("_logger.LogWarning(\"Bearer authentication failed for {Path}\", request.RequestUri?.AbsolutePath);");
            w.Close();
            w.Line();
            w.Line("response.EnsureSuccessStatusCode();");
            w.Line("return await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);");
            w.Close();
            w.Line();
            w.Line("public async Task<string> GetSuppliersAsync(CancellationToken cancellationToken)");
            w.Open();
            w.Line("var apiToken = _configuration[\"Coolset:ApiToken\"] ?? _settings.Value.ApiToken;");
            w.Line("_httpClient.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(\"Bearer\", apiToken);");
            w.Line("_logger.LogDebug(\"Token configured: {IsSet}\", !string.IsNullOrEmpty(apiToken));");
            w.Line("var body = await _httpClient.GetStringAsync(_settings.Value.BaseUrl + \"suppliers\", cancellationToken).ConfigureAwait(false);");
            w.Line("return body.Trim();");
            w.Close();
            w.Line();
            w.Line("public async Task PostEmissionsAsync(string payload, CancellationToken cancellationToken)");
            w.Open();
            w.Line($"using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(\"https://{host}/api/v1/emissions\"));");
            w.Line("request.Headers.Add(\"Authorization\", \"Bearer \" + _settings.Value.ApiToken);");
            w.Line("request.Content = new StringContent(payload, Encoding.UTF8, \"application/json\");");
            w.Line("using var response = await _httpClient.SendAsync(request, cancellationToken).ConfigureAwait(false);");
            w.Line("_logger.LogInformation(\"Posted emissions: {Status}\", (int)response.StatusCode);");
            w.Close();
            WriteTokenUrls(w, host);
            w.Close();
            return name;
        }

        /// <summary>
        /// URLs as business code holds them (COOL004 searches every literal with <c>://</c>): every seventh file has
        /// look-alikes that stay quiet (localhost, other hosts, https, an XML namespace); with findings on, one file in
        /// <c>findingEvery</c> (half-way between secret findings) has an http Coolset URL in one of its forms.
        /// </summary>
        private void WriteUrls(SourceWriter w, int index)
        {
            if (_flavor != CodebaseFlavor.WithCoolsetClients)
            {
                return;
            }

            if (index % 7 == 3)
            {
                w.Line();
                w.Line($"internal static class Endpoints{index}");
                w.Open();
                w.Line("public const string Local = \"http://localhost:5000/api/\";");
                w.Line("public static readonly Uri Docs = new Uri(\"https://developers.coolset.com/docs\");");
                w.Line($"public static string Partner(int id) => $\"http://partner{index % 5}.example.com/orders/{{id}}\";");
                w.Line("public const string Schema = \"http://schemas.contoso.example/2024/orders\";");
                w.Close();
            }

            if (_findingEvery > 0 && index % _findingEvery == _findingEvery / 2 - 1)
            {
                w.Line();
                w.Line($"internal static class LegacyEndpoints{index}");
                w.Open();
                switch (index / _findingEvery % 3)
                {
                    case 0:
                        w.Line("public static readonly Uri Base = new Uri(\"http://developers.coolset.com/api/v1/\");");
                        break;
                    case 1:
                        w.Line("public const string Host = \"developers-scranton.coolset.com\";");
                        w.Line("public const string Products = \"http://\" + Host + \"/api/v1/products\";");
                        break;
                    default:
                        w.Line("public static UriBuilder Builder() => new UriBuilder(Uri.UriSchemeHttp, \"developers.coolset.com\");");
                        break;
                }

                w.Close();
            }
        }

        /// <summary>
        /// The configuration files of the codebase (COOL006 and COOL004 read them as additional files): one project in
        /// every <paramref name="filesPerProject"/> source files, each with an <c>appsettings.json</c> of about 200 lines,
        /// an <c>appsettings.Development.json</c> and a <c>.env</c>; with findings on, every fourth project's
        /// <c>appsettings.json</c> holds a live token and an http Coolset URL. None for the plain variant.
        /// </summary>
        public IReadOnlyList<GeneratedFile> GenerateConfigurationFiles(int fileCount, int filesPerProject = 250)
        {
            var files = new List<GeneratedFile>();
            if (_flavor != CodebaseFlavor.WithCoolsetClients)
            {
                return files;
            }

            for (var project = 0; project * filesPerProject < fileCount; project++)
            {
                var finding = _findingEvery > 0 && project % 4 == 3;
                var body = "Q9w8E7r6T5y4U3i2" + project.ToString("D6", CultureInfo.InvariantCulture);
                var json = new StringBuilder("{\n  \"Logging\": { \"LogLevel\": { \"Default\": \"Information\" } },\n  \"Services\": {\n");
                for (var i = 0; i < 60; i++)
                {
                    json.Append("    \"Service").Append(i).Append("\": { \"Url\": \"https://service").Append(i).Append(".contoso.example/api\", \"TimeoutSeconds\": ")
                        .Append(10 + (i % 50)).Append(", \"Local\": \"http://localhost:").Append(5000 + i).Append("/\" },\n");
                }

                json.Append("    \"Last\": {}\n  },\n  \"Coolset\": {\n");
                json.Append("    \"BaseUrl\": \"").Append(finding ? "http" : "https").Append("://developers.coolset.com/api/v1/\",\n");
                json.Append("    \"ApiToken\": \"").Append(finding ? "sk_live_" + body : "${COOLSET_API_TOKEN}").Append("\",\n");
                json.Append("    \"Example\": \"sk_live_xxxxxxxx\"\n  }\n}\n");
                files.Add(new GeneratedFile($"Project{project}/appsettings.json", json.ToString()));
                files.Add(new GeneratedFile($"Project{project}/appsettings.Development.json", "{\n  \"Coolset\": { \"BaseUrl\": \"https://developers-scranton.coolset.com/api/v1/\" }\n}\n"));
                files.Add(new GeneratedFile($"Project{project}/.env", "ASPNETCORE_ENVIRONMENT=Development\nCOOLSET_API_TOKEN=<your token>\n# see https://developers.coolset.com/docs\n"));
            }

            return files;
        }

        /// <summary>COOL008: URLs with token parameters, and their look-alikes; every fourth client sends its token in the query.</summary>
        /// <remarks>Uses no randomness, so the rest of the generated codebase stays as it was.</remarks>
        private static void WriteTokenUrls(SourceWriter w, string host)
        {
            var n = w.Index;
            w.Line();
            w.Line("public async Task<string> GetReportsAsync(string? pageToken, CancellationToken cancellationToken)");
            w.Open();
            w.Line("var token = Environment.GetEnvironmentVariable(\"COOLSET_API_TOKEN\");");
            w.Line($"var next = $\"https://{host}/api/v1/reports?page_token={{pageToken}}&next_token=\";");
            w.Line($"var documented = \"https://{host}/api/v1/reports?token=YOUR_TOKEN\";");
            w.Line("var elsewhere = $\"https://api.example.com/v1/reports?api_key={token}\";");
            w.Line("_logger.LogDebug(\"Next {Next}, documented at {Documented}, mirrored at {Host}\", next, documented, new Uri(elsewhere).Host);");
            w.Line(n % 4 == 0
                ? $"var url = \"https://{host}/api/v1/reports?page=\" + {n % 10} + \"&access_token=\" + token;"
                : $"var url = $\"https://{host}/api/v1/reports?page={{pageToken}}\";");
            w.Line("return await _httpClient.GetStringAsync(url, cancellationToken).ConfigureAwait(false);");
            w.Close();
        }

        /// <summary>
        /// The typical typed-client setup, quiet for COOL005: a client that gets its <c>HttpClient</c> from the
        /// factory, a <c>DelegatingHandler</c> that sets the Bearer header, and the registration that joins them.
        /// </summary>
        private static string WriteTypedCoolsetClient(SourceWriter w)
        {
            var n = w.Index;
            w.Line($"public sealed class CoolsetAuthHandler{n} : DelegatingHandler");
            w.Open();
            w.Line("protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)");
            w.Open();
            w.Line("request.Headers.Authorization = new AuthenticationHeaderValue(\"Bearer\", Environment.GetEnvironmentVariable(\"COOLSET_API_TOKEN\"));");
            w.Line("return base.SendAsync(request, cancellationToken);");
            w.Close();
            w.Close();
            w.Line();
            w.Line($"public sealed class CoolsetSuppliersClient{n}");
            w.Open();
            w.Line("private readonly HttpClient _httpClient;");
            w.Line();
            w.Line($"public CoolsetSuppliersClient{n}(HttpClient httpClient) => _httpClient = httpClient;");
            w.Line();
            w.Line("public Task<string> GetSuppliersAsync(CancellationToken cancellationToken) =>");
            w.Line("    _httpClient.GetStringAsync(\"https://developers.coolset.com/api/v1/suppliers\", cancellationToken);");
            w.Line();
            w.Line("public async Task<string> GetSupplierAsync(int id, CancellationToken cancellationToken)");
            w.Open();
            w.Line("using var request = new HttpRequestMessage(HttpMethod.Get, $\"https://developers.coolset.com/api/v1/suppliers/{id}\");");
            w.Line("using var response = await _httpClient.SendAsync(request, cancellationToken).ConfigureAwait(false);");
            w.Line("return await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);");
            w.Close();
            w.Close();
            w.Line();
            w.Line($"public static class CoolsetRegistration{n}");
            w.Open();
            w.Line($"public static IServiceCollection AddCoolsetSuppliers{n}(this IServiceCollection services)");
            w.Open();
            w.Line($"services.AddTransient<CoolsetAuthHandler{n}>();");
            w.Line($"services.AddHttpClient<CoolsetSuppliersClient{n}>().AddHttpMessageHandler<CoolsetAuthHandler{n}>();");
            w.Line("return services;");
            w.Close();
            w.Close();
            return $"CoolsetSuppliersClient{n}";
        }

        /// <summary>A Coolset request sent without Authorization on one path (COOL005), or with another scheme (COOL009).</summary>
        private static void WriteAuthorizationFinding(SourceWriter w, int index, bool otherScheme)
        {
            w.Line();
            w.Line($"internal static class LegacyCoolsetCalls{index}");
            w.Open();
            w.Line("public static async Task<string> GetStatusAsync(bool signed, CancellationToken cancellationToken)");
            w.Open();
            w.Line("using var client = new HttpClient();");
            w.Line("using var request = new HttpRequestMessage(HttpMethod.Get, \"https://developers.coolset.com/api/v1/status\");");
            w.Line("var token = Environment.GetEnvironmentVariable(\"COOLSET_API_TOKEN\");");
            if (otherScheme)
            {
                w.Line("request.Headers.Authorization = new AuthenticationHeaderValue(\"Token\", token);");
            }
            else
            {
                w.Line("if (signed)");
                w.Open();
                w.Line("request.Headers.Authorization = new AuthenticationHeaderValue(\"Bearer\", token);");
                w.Close();
            }

            w.Line();
            w.Line("using var response = await client.SendAsync(request, cancellationToken).ConfigureAwait(false);");
            w.Line("return await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);");
            w.Close();
            w.Close();
        }

        /// <summary>A hardcoded secret, in one of the forms people write them.</summary>
        private static void WriteFinding(SourceWriter w, int index)
        {
            var body = "A1b2C3d4E5f6G7h8" + index.ToString("D6", CultureInfo.InvariantCulture);
            w.Line();
            w.Line($"internal static class LegacySecrets{index}");
            w.Open();
            switch (index / 100 % 4)
            {
                case 0:
                    w.Line($"public const string SampleToken = \"sk_test_{body}\";");
                    break;
                case 1:
                    w.Line($"// previously: sk_live_{body}");
                    w.Line("public static readonly string Placeholder = \"sk_live_YOUR_TOKEN_HERE\";");
                    break;
                case 2:
                    w.Line($"public static string Header() => \"Bearer {body}\";");
                    break;
                default:
                    w.Line($"public static readonly string Token = \"sk_\" + \"live_{body}\";");
                    break;
            }

            w.Close();
        }

        private sealed class SourceWriter
        {
            private readonly StringBuilder _builder = new StringBuilder();

            public SourceWriter(int index)
            {
                Index = index;
            }

            public int Index { get; }

            public int Indent { get; set; }

            public void Line(string text = "")
            {
                if (text.Length > 0)
                {
                    _builder.Append(' ', Indent * 4).Append(text);
                }

                _builder.Append('\n');
            }

            public void Open()
            {
                Line("{");
                Indent++;
            }

            public void Close()
            {
                Indent--;
                Line("}");
            }

            public override string ToString() => _builder.ToString();
        }
    }
}
