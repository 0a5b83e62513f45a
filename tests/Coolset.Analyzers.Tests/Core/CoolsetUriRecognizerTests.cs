using System;
using System.Linq;
using System.Threading;
using Coolset.Analyzers.Core;
using Coolset.Analyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;
using Xunit;

namespace Coolset.Analyzers.Tests.Core
{
    public class CoolsetUriRecognizerTests
    {
        private static readonly MetadataReference[] References =
        {
            RuntimeReferences.CoreLibrary,
            MetadataReference.CreateFromFile(typeof(Uri).Assembly.Location),
            RuntimeReferences.SystemRuntime,
        };

        private static readonly CoolsetHosts ConfiguredHosts =
            CoolsetOptions.ApiHosts.Read(new TestOptions(("coolset.api_hosts", "*.example.com, gateway.internal")));

        /// <summary>The argument of the last <c>Use(…)</c> call in <paramref name="body"/>, and a recognizer for its compilation.</summary>
        private static (IOperation Value, CoolsetUriRecognizer Recognizer) Compile(string body, bool allowErrors = false, MetadataReference[]? references = null)
        {
            var source = $$"""
                using System;
                using System.Globalization;
                class C
                {
                    const string Root = "https://api.coolset.com/";
                    const string Host = "api.coolset.com";
                    static void Use(string value) { }
                    static void Use(Uri value) { }
                    static void Set(ref string value) { }
                    void M(string sub, string path, string token, bool flag, int n, Uri someUri)
                    {
                {{body}}
                    }
                }
                """;
            var tree = CSharpSyntaxTree.ParseText(source);
            var compilation = CSharpCompilation.Create("Urls", new[] { tree }, references ?? References,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
            if (!allowErrors)
            {
                Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
            }

            var model = compilation.GetSemanticModel(tree);
            var use = tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>()
                .Last(i => i.Expression is IdentifierNameSyntax { Identifier.ValueText: "Use" });
            // A call that does not bind (half-typed code) is an invalid operation whose children are the arguments.
            var operation = model.GetOperation(use)!;
            var value = operation is IInvocationOperation invocation ? invocation.Arguments[0].Value : operation.ChildOperations.Last();
            return (value, new CoolsetUriRecognizer(compilation));
        }

        private static bool IsCoolset(string body, CoolsetHosts? hosts = null, bool allowErrors = false)
        {
            var (value, recognizer) = Compile(body, allowErrors);
            return recognizer.IsCoolsetUri(value, hosts ?? CoolsetHosts.Default, CancellationToken.None);
        }

        [Theory]
        [InlineData("""Use("https://api.coolset.com/v1/items");""")]
        [InlineData("""Use("HTTP://API.Coolset.COM:80/");""")]
        [InlineData("""Use("https://coolset.com");""")]
        [InlineData("""Use(" https://api.coolset.com/v1 ");""")]
        [InlineData("""Use(Root + "v1/items");""")]
        [InlineData("""Use("https://" + Host + "/v1");""")]
        public void Constant_strings_to_a_Coolset_host_are_Coolset_urls(string body)
        {
            Assert.True(IsCoolset(body));
        }

        [Theory]
        [InlineData("""Use("https://coolset.com@evil.io/");""")]
        [InlineData("""Use("https://coolset.com.evil.io/");""")]
        [InlineData("""Use("https://notcoolset.com/");""")]
        [InlineData("""Use("https://localhost:5001/v1");""")]
        [InlineData("""Use("https://evil.io/?next=https://coolset.com");""")]
        [InlineData("""Use("api.coolset.com/v1");""")]
        [InlineData("""Use("/v1/items");""")]
        [InlineData("""Use("");""")]
        [InlineData("""Use((string)null);""")]
        public void Constant_strings_to_other_hosts_are_not(string body)
        {
            Assert.False(IsCoolset(body));
        }

        [Theory]
        [InlineData("""Use($"https://api.coolset.com/v1/items/{path}");""")]
        [InlineData("""Use($"https://api.coolset.com:{n}/v1");""")]
        [InlineData("""Use($"https://api.coolset.com?q={path}");""")]
        [InlineData("""Use($"https://api.coolset.com#{path}");""")]
        [InlineData("""Use($"{Root}v1/{path}");""")]
        [InlineData("""Use($"https://{Host}/{path}");""")]
        [InlineData("""Use(@$"https://api.coolset.com/{path}");""")]
        [InlineData(""""Use($$"""https://api.coolset.com/{{path}}""");"""")]
        [InlineData("""Use("https://api.coolset.com/v1/" + path);""")]
        [InlineData("""Use("https://api.coolset.com/" + path + "/x" + n);""")]
        [InlineData("""Use("https://api.coolset.com/" + (path + "/x"));""")]
        [InlineData("""Use(string.Concat("https://api.coolset.com/", path));""")]
        [InlineData("""Use(string.Concat("https://api.coolset.com", "/v1/", path, "/x", "y"));""")]
        [InlineData("""Use(string.Concat("https://api.coolset.com/", (object)n));""")]
        [InlineData("""Use(string.Format("https://api.coolset.com/v1/{0}", path));""")]
        [InlineData("""Use(string.Format(CultureInfo.InvariantCulture, "https://api.coolset.com/{{v1}}/{0}", path));""")]
        [InlineData("""Use(string.Create(CultureInfo.InvariantCulture, $"https://api.coolset.com/v1/{n}"));""")]
        public void Built_strings_whose_constant_prefix_holds_the_whole_host_are_Coolset_urls(string body)
        {
            Assert.True(IsCoolset(body));
        }

        [Theory]
        [InlineData("""Use($"https://{sub}.coolset.com/v1");""")]
        [InlineData("""Use($"https://api.coolset.com{path}");""")]
        [InlineData("""Use($"https://api.{Host}{path}");""")]
        [InlineData("""Use($"{path}https://api.coolset.com/");""")]
        [InlineData("""Use($"https://api.coolset.com{n,5}/");""")]
        [InlineData("""Use($"https://api.coolset.com{Host:x}/");""")]
        [InlineData("""Use($"https://evil.io/{Root}");""")]
        [InlineData("""Use("https://api.coolset.com" + path);""")]
        [InlineData("""Use(path + "https://api.coolset.com/");""")]
        [InlineData("""Use(string.Concat("https://api.coolset.com", path));""")]
        [InlineData("""Use(string.Concat((System.Collections.Generic.IEnumerable<string>)new[] { "https://api.coolset.com/", path }));""")]
        [InlineData("""Use(string.Format("https://api.coolset.com{0}", path));""")]
        [InlineData("""Use(string.Format("https://{0}.coolset.com/", sub));""")]
        [InlineData("""Use(string.Format(path, "https://api.coolset.com/"));""")]
        [InlineData("""Use(string.Create(CultureInfo.InvariantCulture, $"https://{sub}.coolset.com/"));""")]
        [InlineData("""Use(string.Join("/", "https://api.coolset.com", path));""")]
        [InlineData("""Use(path.Replace("x", "https://api.coolset.com/"));""")]
        public void Built_strings_whose_host_is_not_constant_are_not(string body)
        {
            Assert.False(IsCoolset(body));
        }

        [Theory]
        [InlineData("""Use(new Uri("https://api.coolset.com/v1"));""")]
        [InlineData("""Use(new Uri("https://api.coolset.com/v1", UriKind.Absolute));""")]
        [InlineData("""Use(new Uri($"https://api.coolset.com/v1/{path}"));""")]
        [InlineData("""Use(new Uri(new Uri("https://api.coolset.com/"), path));""")]
        [InlineData("""Use(new Uri(new Uri(Root), "v1/items"));""")]
        [InlineData("""Use(new Uri(new Uri(Root), $"v1/{path}"));""")]
        [InlineData("""Use(new Uri(new Uri(Root), new Uri("v1/items", UriKind.Relative)));""")]
        [InlineData("""Use(new Uri(new Uri(Root), new Uri("https://eu.coolset.com/")));""")]
        [InlineData("""Use(new Uri(new Uri(Root), "https://eu.coolset.com/"));""")]
        [InlineData("""var baseUri = new Uri(Root); Use(new Uri(baseUri, "v1/items"));""")]
        [InlineData("""Uri u = new("https://api.coolset.com/v1"); Use(u);""")]
        public void Uris_built_from_a_Coolset_url_are_Coolset_urls(string body)
        {
            Assert.True(IsCoolset(body));
        }

        [Theory]
        [InlineData("""Use(someUri);""")]
        [InlineData("""Use(new Uri(path));""")]
        [InlineData("""Use(new Uri("https://evil.io/v1"));""")]
        [InlineData("""Use(new Uri($"https://{sub}.coolset.com/"));""")]
        [InlineData("""Use(new Uri(someUri, "v1/items"));""")]
        [InlineData("""Use(new Uri(new Uri(Root), "https://evil.io/x"));""")]
        [InlineData("""Use(new Uri(new Uri(Root), "//evil.io/x"));""")]
        [InlineData("""Use(new Uri(new Uri(Root), @"\\evil.io\x"));""")]
        [InlineData("""Use(new Uri(new Uri(Root), $"https://{sub}/x"));""")]
        [InlineData("""Use(new Uri(new Uri(Root), new Uri("https://evil.io/")));""")]
        [InlineData("""Use(new Uri(new Uri("https://evil.io/"), "v1"));""")]
        public void Uris_built_from_anything_else_are_not(string body)
        {
            Assert.False(IsCoolset(body));
        }

        [Theory]
        [InlineData("""Use(flag ? "https://api.coolset.com/a" : "https://eu.coolset.com/b");""", true)]
        [InlineData("""Use(flag ? new Uri(Root) : new Uri($"https://coolset.com/{path}"));""", true)]
        [InlineData("""Use(n switch { 1 => "https://api.coolset.com/a", _ => "https://coolset.com/b" });""", true)]
        [InlineData("""Use(n switch { 1 => "https://api.coolset.com/a", _ => throw new ArgumentException() });""", true)]
        [InlineData("""Use(flag ? Root : throw new ArgumentException());""", true)]
        [InlineData("""Use((flag ? null : "https://api.coolset.com/") ?? "https://coolset.com/");""", false)]
        [InlineData("""Use(flag ? "https://api.coolset.com/a" : "https://evil.io/b");""", false)]
        [InlineData("""Use(flag ? "https://api.coolset.com/a" : null);""", false)]
        [InlineData("""Use(n switch { 1 => "https://api.coolset.com/a", _ => path });""", false)]
        [InlineData("""string s = n switch { _ => throw new ArgumentException() }; Use(s);""", false)]
        [InlineData("""Use(path ?? "https://api.coolset.com/");""", false)]
        [InlineData("""Use(path ?? throw new ArgumentException());""", false)]
        public void Choices_are_Coolset_urls_when_every_branch_is_one(string body, bool expected)
        {
            Assert.Equal(expected, IsCoolset(body));
        }

        [Theory]
        [InlineData("""var url = "https://api.coolset.com/v1"; Use(url);""")]
        [InlineData("""var url = $"https://api.coolset.com/v1/{path}"; var copy = url; Use(copy);""")]
        [InlineData("""string url; if (flag) url = "https://api.coolset.com/a"; else url = Root + path; Use(url);""")]
        [InlineData("""var uri = new Uri(Root); Use(uri);""")]
        [InlineData("""var url = Root; var uri = new Uri(url); Use(uri);""")]
        [InlineData("""Uri.TryCreate("https://api.coolset.com/v1", UriKind.Absolute, out var uri); Use(uri);""")]
        [InlineData("""Uri.TryCreate(new Uri(Root), path, out Uri uri); Use(uri);""")]
        [InlineData("""var url = Root; Action a = () => Use(url); Use(url);""")]
        [InlineData("""var url = Root; Use(url); url = "https://eu.coolset.com/"; Use(url);""")]
        public void Locals_are_Coolset_urls_when_every_assignment_is_one(string body)
        {
            Assert.True(IsCoolset(body));
        }

        [Theory]
        [InlineData("""var url = Root; if (flag) url = path; Use(url);""")]
        [InlineData("""var url = Root; url += path; Use(url);""")]
        [InlineData("""var url = Root; url ??= Root; Use(url);""")]
        [InlineData("""var url = Root; Action a = () => url = "https://evil.io/"; Use(url);""")]
        [InlineData("""var url = Root; void Reset() => url = path; Use(url);""")]
        [InlineData("""var url = Root; Set(ref url); Use(url);""")]
        [InlineData("""var url = Root; (url, n) = (path, 1); Use(url);""")]
        [InlineData("""var (url, x) = (Root, 1); Use(url);""")]
        [InlineData("""foreach (var url in new[] { Root }) Use(url);""")]
        [InlineData("""if ((object)path is string url) Use(url);""")]
        [InlineData("""Uri.TryCreate(path, UriKind.Absolute, out var uri); Use(uri);""")]
        [InlineData("""var url = path; Use(url);""")]
        public void Locals_with_any_other_assignment_are_not(string body)
        {
            Assert.False(IsCoolset(body));
        }

        [Theory]
        [InlineData("""Use($"https://gateway.internal/{path}");""", true)]
        [InlineData("""Use(new Uri("https://eu.api.example.com/x"));""", true)]
        [InlineData("""Use("https://example.com");""", true)]
        [InlineData("""Use("https://api.coolset.com/");""", true)]
        [InlineData("""Use($"https://{sub}.example.com/");""", false)]
        [InlineData("""Use("https://api.example.com.evil.io/");""", false)]
        [InlineData("""Use("https://sub.gateway.internal/");""", false)]
        public void Configured_hosts_count(string body, bool expected)
        {
            Assert.Equal(expected, IsCoolset(body, ConfiguredHosts));
        }

        [Fact]
        public void The_configured_hosts_are_the_ones_passed_in()
        {
            Assert.False(IsCoolset("""Use("https://gateway.internal/");"""));
        }

        [Theory]
        [InlineData("""Use($"https://api.coolset.com/v1?token={token}&x={path}");""", "https://api.coolset.com/v1?token=", false, true)]
        [InlineData("""Use("https://api.coolset.com/v1?token=" + token);""", "https://api.coolset.com/v1?token=", false, true)]
        [InlineData("""Use(string.Concat(Root, "?api_key=", token, "&x=1"));""", "https://api.coolset.com/?api_key=", false, true)]
        [InlineData("""Use(string.Format("https://api.coolset.com/{{x}}/{0}", path));""", "https://api.coolset.com/{x}/", false, true)]
        [InlineData("""Use(string.Format("https://api.coolset.com/{{x}}", path));""", "https://api.coolset.com/{x}", true, true)]
        [InlineData("""Use(Root + "v1");""", "https://api.coolset.com/v1", true, true)]
        [InlineData("""Use($"https://{sub}.coolset.com/?token={token}");""", "https://", false, false)]
        [InlineData("""Use($"https://api.coolset.com{path}?token={token}");""", "https://api.coolset.com", false, false)]
        [InlineData("""Use(path);""", "", false, false)]
        [InlineData("""Use(new Uri(Root));""", "", false, false)]
        public void The_constant_prefix_is_the_text_up_to_the_first_part_that_is_not_constant(string body, string text, bool whole, bool holdsHost)
        {
            var (value, _) = Compile(body);
            var prefix = ConstantUrlPrefix.Of(value);

            Assert.Equal(text, prefix.Text);
            Assert.Equal(whole, prefix.IsWholeValue);
            Assert.Equal(holdsHost, prefix.HoldsCoolsetHost(CoolsetHosts.Default));
        }

        [Fact]
        public void A_prefix_locates_the_query_so_a_hole_after_it_stands_in_the_query()
        {
            var (value, _) = Compile("""Use($"https://api.coolset.com/v1?token={token}");""");
            var prefix = ConstantUrlPrefix.Of(value);

            Assert.True(prefix.TryGetUrl(out var url));
            Assert.Equal("token=", prefix.Text.Substring(url.QueryStart, url.QueryLength));
        }

        [Fact]
        public void A_long_concatenation_is_walked_without_deep_recursion()
        {
            var body = "Use(\"https://api.coolset.com/\" + " + string.Join(" + ", Enumerable.Repeat("\"a\"", 3000)) + " + path);";
            Assert.True(IsCoolset(body));
        }

        [Fact]
        public void Nesting_beyond_the_depth_limit_is_not_followed()
        {
            string Nested(int levels) => levels == 0 ? "Root" : $"(flag ? {Nested(levels - 1)} : Root)";

            Assert.True(IsCoolset($"Use({Nested(5)});"));
            Assert.False(IsCoolset($"Use({Nested(40)});"));
        }

        [Fact]
        public void A_method_is_walked_once_for_its_locals_however_many_questions()
        {
            var (value, recognizer) = Compile("""var url = Root; var other = $"https://coolset.com/{path}"; Use(other); Use(url);""");
            var root = value;
            while (root.Parent != null)
            {
                root = root.Parent;
            }

            var otherUse = root.Descendants().OfType<IInvocationOperation>().First(i => i.TargetMethod.Name == "Use").Arguments[0].Value;
            Assert.Equal("other", ((ILocalReferenceOperation)otherUse).Local.Name);

            Assert.True(recognizer.IsCoolsetUri(value, CoolsetHosts.Default, CancellationToken.None));
            Assert.True(recognizer.IsCoolsetUri(otherUse, CoolsetHosts.Default, CancellationToken.None));
            Assert.True(recognizer.IsCoolsetUri(value, ConfiguredHosts, CancellationToken.None));
            Assert.Equal(1, recognizer.CollectedMethods);
        }

        [Fact]
        public void Locals_that_refer_to_each_other_end()
        {
            Assert.False(IsCoolset("""string a = Root, b = a; a = b; b = a; Use(a);"""));
        }

        [Fact]
        public void A_cancelled_question_throws()
        {
            var (value, recognizer) = Compile("""var url = Root; Use(url);""");
            using var cancelled = new CancellationTokenSource();
            cancelled.Cancel();

            Assert.Throws<OperationCanceledException>(() => recognizer.IsCoolsetUri(value, CoolsetHosts.Default, cancelled.Token));
        }

        [Fact]
        public void Null_is_not_a_Coolset_url()
        {
            var (_, recognizer) = Compile("Use(path);");
            Assert.False(recognizer.IsCoolsetUri(null, CoolsetHosts.Default, CancellationToken.None));
            Assert.Equal(string.Empty, ConstantUrlPrefix.Of(null).Text);
        }

        [Theory]
        [InlineData("""Use(new Uri());""", false)]
        [InlineData("""Use(new Uri(""", false)]
        [InlineData("""Use(new Uri("https://api.coolset.com/", 42, flag, n));""", false)]
        [InlineData("""Use(new Uri(new Uri(Root), ));""", false)]
        [InlineData("""Use($"https://api.coolset.com/{);""", true)]
        [InlineData("""Use($"https://api.coolset.com{);""", false)]
        [InlineData("""Use(string.Format());""", false)]
        [InlineData("""Use(string.Concat(""", false)]
        [InlineData("""Use(string.Concat("https://api.coolset.com/", Undefined));""", false)]
        [InlineData("""Use(Undefined + "https://api.coolset.com/");""", false)]
        [InlineData("""Use("https://api.coolset.com/" + Undefined);""", false)]
        [InlineData("""var url = ; Use(url);""", false)]
        [InlineData("""string url; Use(url);""", false)]
        [InlineData("""Use(url);""", false)]
        [InlineData("""Uri.TryCreate(out var uri); Use(uri);""", false)]
        [InlineData("""Use(flag ? : "https://api.coolset.com/");""", false)]
        [InlineData("""Use(n switch { });""", false)]
        [InlineData("""Use(n switch { 1 => });""", false)]
        [InlineData("""Use(n switch { 1 => "https://api.coolset.com/", 2 => });""", false)]
        public void Half_typed_code_is_judged_by_what_is_there_and_never_throws(string body, bool expected)
        {
            Assert.Equal(expected, IsCoolset(body, allowErrors: true));
        }

        [Fact]
        public void Without_System_Uri_strings_are_still_recognized()
        {
            var coreOnly = new[] { RuntimeReferences.CoreLibrary };
            var tree = CSharpSyntaxTree.ParseText("""
                class C
                {
                    static void Use(string value) { }
                    void M(string path) { Use($"https://api.coolset.com/{path}"); }
                }
                """);
            var compilation = CSharpCompilation.Create("NoUri", new[] { tree }, coreOnly);
            var model = compilation.GetSemanticModel(tree);
            var invocation = (IInvocationOperation)model.GetOperation(tree.GetRoot().DescendantNodes().OfType<InvocationExpressionSyntax>().Single())!;
            var recognizer = new CoolsetUriRecognizer(compilation);

            Assert.Null(recognizer.Symbols.Uri);
            Assert.True(recognizer.IsCoolsetUri(invocation.Arguments[0].Value, CoolsetHosts.Default, CancellationToken.None));
        }

        [Fact]
        public void Built_in_conversions_and_casts_are_looked_through_and_user_defined_ones_are_kept()
        {
            var tree = CSharpSyntaxTree.ParseText("""
                class Wrapper
                {
                    public static implicit operator string(Wrapper w) => "";
                }

                class C
                {
                    void M(string s, Wrapper w)
                    {
                        object implicitly = s;
                        object explicitly = (object)s;
                        string userDefined = w;
                    }
                }
                """);
            var compilation = CSharpCompilation.Create("Conversions", new[] { tree }, References);
            var model = compilation.GetSemanticModel(tree);
            var initializers = tree.GetRoot().DescendantNodes().OfType<EqualsValueClauseSyntax>()
                .Select(e => model.GetOperation(e.Value)!).ToArray();

            Assert.IsAssignableFrom<IParameterReferenceOperation>(((IConversionOperation)initializers[0].Parent!).WithoutConversions());
            Assert.IsAssignableFrom<IParameterReferenceOperation>(initializers[1].WithoutConversions());
            Assert.IsAssignableFrom<IConversionOperation>(((IConversionOperation)initializers[2].Parent!).WithoutConversions());
        }
    }
}
