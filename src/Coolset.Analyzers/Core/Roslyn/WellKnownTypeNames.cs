namespace Coolset.Analyzers.Core
{
    /// <summary>Metadata names of the types the rules look up once per compilation.</summary>
    internal static class WellKnownTypeNames
    {
        public const string AuthenticationHeaderValue = "System.Net.Http.Headers.AuthenticationHeaderValue";
        public const string HttpClient = "System.Net.Http.HttpClient";
        public const string HttpRequestMessage = "System.Net.Http.HttpRequestMessage";
        public const string HttpRequestHeaders = "System.Net.Http.Headers.HttpRequestHeaders";
        public const string HttpHeaders = "System.Net.Http.Headers.HttpHeaders";
        public const string HttpMessageInvoker = "System.Net.Http.HttpMessageInvoker";
        public const string HttpClientHandler = "System.Net.Http.HttpClientHandler";
        public const string SocketsHttpHandler = "System.Net.Http.SocketsHttpHandler";
        public const string HttpClientJsonExtensions = "System.Net.Http.Json.HttpClientJsonExtensions";
        public const string Environment = "System.Environment";
        public const string StringBuilder = "System.Text.StringBuilder";
        public const string Uri = "System.Uri";
        public const string UriBuilder = "System.UriBuilder";
        public const string XNamespace = "System.Xml.Linq.XNamespace";
        public const string Enumerable = "System.Linq.Enumerable";
        public const string IConfiguration = "Microsoft.Extensions.Configuration.IConfiguration";
        public const string ConfigurationBinder = "Microsoft.Extensions.Configuration.ConfigurationBinder";
        public const string IOptions = "Microsoft.Extensions.Options.IOptions`1";
        public const string IOptionsSnapshot = "Microsoft.Extensions.Options.IOptionsSnapshot`1";
        public const string IOptionsMonitor = "Microsoft.Extensions.Options.IOptionsMonitor`1";
        public const string IHeaderDictionary = "Microsoft.AspNetCore.Http.IHeaderDictionary";
        public const string HeaderNames = "Microsoft.Net.Http.Headers.HeaderNames";
        public const string HttpClientFactoryServiceCollectionExtensions = "Microsoft.Extensions.DependencyInjection.HttpClientFactoryServiceCollectionExtensions";
        public const string StringValues = "Microsoft.Extensions.Primitives.StringValues";
    }
}
