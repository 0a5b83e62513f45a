using System.Threading;
using System.Threading.Tasks;
using Xunit;
using Test = Coolset.Analyzers.Tests.Verifiers.CSharpCodeFixVerifier<Coolset.Analyzers.Rules.RequestWithoutAuthorizationAnalyzer, Microsoft.CodeAnalysis.Testing.EmptyCodeFixProvider>.Test;
using Verify = Coolset.Analyzers.Tests.Verifiers.CSharpAnalyzerVerifier<Coolset.Analyzers.Rules.RequestWithoutAuthorizationAnalyzer>;

namespace Coolset.Analyzers.Tests.RequestWithoutAuthorization
{
    /// <summary>COOL005 where the request or client leaves the method, or comes from outside: quiet unless the compilation shows otherwise.</summary>
    public class RequestWithoutAuthorizationClientTests
    {
        private const string Usings = "using System;\nusing System.Net.Http;\nusing System.Net.Http.Headers;\nusing System.Threading.Tasks;\n";

        /// <summary>The shape of Microsoft.Extensions.Http's registration API (the rule reads it by name).</summary>
        /// <summary>A compilation that registers the typed client <c>Items</c> and authorizes it nowhere.</summary>
        private const string RegistersItemsClient = Usings + """
            using Microsoft.Extensions.DependencyInjection;

            static class Startup
            {
                public static void Register(IServiceCollection services) => services.AddHttpClient<Items>();
            }

            """;

        private const string HttpClientFactoryStub = """

            namespace Microsoft.Extensions.DependencyInjection
            {
                public interface IServiceCollection { }
                public interface IHttpClientBuilder { }
                public static class HttpClientFactoryServiceCollectionExtensions
                {
                    public static IHttpClientBuilder AddHttpClient<T>(this IServiceCollection services) => null!;
                    public static IHttpClientBuilder AddHttpClient<T>(this IServiceCollection services, System.Action<System.Net.Http.HttpClient> configure) => null!;
                    public static IHttpClientBuilder AddHttpClient(this IServiceCollection services, string name, System.Action<System.Net.Http.HttpClient> configure) => null!;
                    public static IHttpClientBuilder AddHttpMessageHandler<T>(this IHttpClientBuilder builder) => builder;
                    public static IHttpClientBuilder ConfigureHttpClient(this IHttpClientBuilder builder, System.Action<System.Net.Http.HttpClient> configure) => builder;
                }
            }

            namespace System.Net.Http
            {
                public interface IHttpClientFactory { HttpClient CreateClient(string name); }
            }
            """;

        [Fact]
        public async Task Escapes_and_custom_handlers_are_quiet()
        {
            await Verify.VerifyAnalyzerAsync(Usings + """
                class C
                {
                    async Task Escapes(HttpClient client)
                    {
                        var request = new HttpRequestMessage(HttpMethod.Get, "https://api.coolset.com/v1/items");
                        Sign(request);
                        await client.SendAsync(request);

                        var local = new HttpClient();
                        Configure(local);
                        await local.GetAsync("https://api.coolset.com/v1/items");
                    }

                    async Task Handler(DelegatingHandler handler)
                    {
                        using var client = new HttpClient(handler);
                        await client.GetAsync("https://api.coolset.com/v1/items");
                    }

                    async Task Injected(HttpClient client, IHttpClientFactoryLike factory)
                    {
                        await client.GetAsync("https://api.coolset.com/v1/items");
                        await factory.Create().GetAsync("https://api.coolset.com/v1/items");
                    }

                    static void Sign(HttpRequestMessage request) { }
                    static void Configure(HttpClient client) { }
                }

                interface IHttpClientFactoryLike { HttpClient Create(); }
                """);
        }

        [Fact]
        public async Task Client_the_type_creates_counts_as_authorized_only_where_the_type_sets_it()
        {
            await Verify.VerifyAnalyzerAsync(Usings + """
                class Authorized
                {
                    private readonly HttpClient _client = new HttpClient();

                    public Authorized(string token) =>
                        _client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

                    public Task<string> Items() => _client.GetStringAsync("https://api.coolset.com/v1/items");
                }

                class Unauthorized
                {
                    private static readonly HttpClient Client = new HttpClient { BaseAddress = new Uri("https://api.coolset.com/") };

                    public Task<string> Items() => {|COOL005:Client.GetStringAsync("v1/items")|};
                }

                class Injected
                {
                    private readonly HttpClient _client;

                    public Injected(HttpClient client) => _client = client;

                    public Task<string> Items() => _client.GetStringAsync("https://api.coolset.com/v1/items");
                }
                """);
        }

        [Fact]
        public async Task An_authorized_member_client_replaced_in_the_method_is_followed_on_its_paths()
        {
            await Verify.VerifyAnalyzerAsync(Usings + """
                class Injected
                {
                    private HttpClient _client;

                    public Injected(HttpClient client) => _client = client;

                    public async Task Replaced(bool fresh)
                    {
                        if (fresh)
                        {
                            _client = new HttpClient();
                        }

                        await {|COOL005:_client.GetStringAsync("https://api.coolset.com/v1/items")|};
                    }

                    public async Task ReplacedAndAuthorized(string token)
                    {
                        _client = new HttpClient();
                        _client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
                        await _client.GetStringAsync("https://api.coolset.com/v1/items");
                    }

                    public async Task ParameterReplaced(HttpClient client)
                    {
                        client = new HttpClient();
                        await {|COOL005:client.GetStringAsync("https://api.coolset.com/v1/items")|};
                    }

                    public Task<string> Untouched() => _client.GetStringAsync("https://api.coolset.com/v1/items");
                }
                """);
        }

        [Fact]
        public async Task Outside_clients_are_reported_when_the_compilation_registers_clients_and_never_authorizes()
        {
            var test = new Test
            {
                TestCode = RegistersItemsClient + """
                    class Items
                    {
                        private readonly HttpClient _client;

                        public Items(HttpClient client) => _client = client;

                        public Task<string> All() => {|COOL005:_client.GetStringAsync("https://api.coolset.com/v1/items")|};
                    }
                    """ + HttpClientFactoryStub,
            };
            await test.RunAsync(CancellationToken.None);
        }

        [Fact]
        public async Task An_outside_client_authorized_before_a_lambda_is_not_authorized_inside_it()
        {
            // The lambda may run anywhere, later: the header set before it was created proves nothing about it.
            var test = new Test
            {
                TestCode = RegistersItemsClient + """
                    class Items
                    {
                        public async Task Now(HttpClient client, string token)
                        {
                            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
                            await client.GetStringAsync("https://api.coolset.com/v1/items");
                        }

                        public Func<Task<string>> Later(HttpClient client, string token)
                        {
                            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
                            return () => {|COOL005:client.GetStringAsync("https://api.coolset.com/v1/items")|};
                        }
                    }
                    """ + HttpClientFactoryStub,
            };
            await test.RunAsync(CancellationToken.None);
        }

        [Theory]
        [InlineData("services.AddHttpClient<Items>().AddHttpMessageHandler<AuthHandler>();")]
        [InlineData("services.AddHttpClient<Items>(c => c.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(\"Bearer\", \"x\"));")]
        [InlineData("services.AddHttpClient(\"coolset\", c => c.DefaultRequestHeaders.Add(\"Authorization\", \"Bearer x\"));")]
        [InlineData("services.AddHttpClient<Items>().ConfigureHttpClient(c => c.DefaultRequestHeaders.Authorization = null);")]
        public async Task Typed_and_named_client_setups_that_authorize_are_quiet(string registration)
        {
            var test = new Test
            {
                TestCode = Usings + """
                    using System.Threading;
                    using Microsoft.Extensions.DependencyInjection;

                    static class Startup
                    {
                        public static void Register(IServiceCollection services)
                        {
                    """ + registration + """

                        }
                    }

                    class AuthHandler : DelegatingHandler
                    {
                        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
                        {
                            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "x");
                            return base.SendAsync(request, cancellationToken);
                        }
                    }

                    class Items
                    {
                        private readonly HttpClient _client;

                        public Items(HttpClient client) => _client = client;

                        public Task<string> All() => _client.GetStringAsync("https://api.coolset.com/v1/items");

                        public Task<string> Named(IHttpClientFactory factory) => factory.CreateClient("coolset").GetStringAsync("https://api.coolset.com/v1/items");
                    }
                    """ + HttpClientFactoryStub,
            };
            await test.RunAsync(CancellationToken.None);
        }
    }
}
