using Microsoft.CodeAnalysis;

namespace Coolset.Analyzers
{
    public static class Descriptors
    {
        public static readonly DiagnosticDescriptor InvalidConfiguration = new DiagnosticDescriptor(
            RuleIds.InvalidConfiguration,
            title: "Invalid Coolset analyzer configuration",
            messageFormat: "The value '{1}' of '{0}' is not valid ({2}); the default is used",
            category: RuleCategories.Configuration,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "A Coolset analyzer option in .editorconfig or a global config has a value that cannot be used. The analyzers fall back to the option's default value until it is corrected.",
            helpLinkUri: HelpLinks.For(RuleIds.InvalidConfiguration));

        public static readonly DiagnosticDescriptor HardcodedLiveToken = new DiagnosticDescriptor(
            RuleIds.HardcodedLiveToken,
            title: "Do not hardcode a Coolset live API token",
            messageFormat: "The Coolset live API token '{0}' is hardcoded; read it from the environment instead",
            category: RuleCategories.Security,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "A production Coolset API token in source code is committed to version control and shipped in the compiled assembly. The Coolset documentation asks for tokens to be stored in environment variables. Move the token out of the code and revoke it in Settings → API Tokens.",
            helpLinkUri: HelpLinks.For(RuleIds.HardcodedLiveToken));

        public static readonly DiagnosticDescriptor HardcodedBearerCredential = new DiagnosticDescriptor(
            RuleIds.HardcodedBearerCredential,
            title: "Do not hardcode a Bearer credential",
            messageFormat: "The Bearer credential '{0}' is hardcoded; read it from the environment instead",
            category: RuleCategories.Security,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "A literal Authorization value 'Bearer <credential>' puts a credential in source code and version control. Read the credential from an environment variable or from configuration and keep the 'Bearer ' prefix in code.",
            helpLinkUri: HelpLinks.For(RuleIds.HardcodedBearerCredential));

        public static readonly DiagnosticDescriptor TokenWrittenToLog = new DiagnosticDescriptor(
            RuleIds.TokenWrittenToLog,
            title: "Do not write a Coolset API token to a log",
            messageFormat: "{0} is written to a log by '{1}'",
            category: RuleCategories.Security,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "Logs are kept, shipped and read by many people. The Coolset documentation says never to log tokens. Remove the token from the message, or log a derived, non-secret fact such as whether it is set.",
            helpLinkUri: HelpLinks.For(RuleIds.TokenWrittenToLog));

        public static readonly DiagnosticDescriptor HardcodedTestToken = new DiagnosticDescriptor(
            RuleIds.HardcodedTestToken,
            title: "Do not hardcode a Coolset test API token",
            messageFormat: "The Coolset test API token '{0}' is hardcoded; read it from the environment instead",
            category: RuleCategories.Security,
            defaultSeverity: DiagnosticSeverity.Info,
            isEnabledByDefault: true,
            description: "A development Coolset API token in source code is committed to version control. Test tokens reach real company data too; the Coolset documentation asks for every token to be kept in an environment variable.",
            helpLinkUri: HelpLinks.For(RuleIds.HardcodedTestToken));

        public static readonly DiagnosticDescriptor InsecureCoolsetUrl = new DiagnosticDescriptor(
            RuleIds.InsecureCoolsetUrl,
            title: "Use HTTPS for Coolset API URLs",
            messageFormat: "The Coolset URL '{0}' uses http; use https",
            category: RuleCategories.Security,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "The Coolset API is served over HTTPS only. A request sent over plain http exposes its Authorization header, and with it the API token, to anyone on the network path. Use https:// for every Coolset URL.",
            helpLinkUri: HelpLinks.For(RuleIds.InsecureCoolsetUrl));

        public static readonly DiagnosticDescriptor RequestWithoutAuthorization = new DiagnosticDescriptor(
            RuleIds.RequestWithoutAuthorization,
            title: "Send the Authorization header with every Coolset request",
            messageFormat: "This Coolset request can be sent without an Authorization header ({0})",
            category: RuleCategories.Security,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "The Coolset API answers 401 to every request without 'Authorization: Bearer <token>'. Set the header on the request, or on the HttpClient's DefaultRequestHeaders, on every path that sends it.",
            helpLinkUri: HelpLinks.For(RuleIds.RequestWithoutAuthorization));

        public static readonly DiagnosticDescriptor TokenInConfigurationFile = new DiagnosticDescriptor(
            RuleIds.TokenInConfigurationFile,
            title: "Do not commit a Coolset API token in a configuration file",
            messageFormat: "The Coolset live API token '{0}' is in the configuration file '{1}'; move it to user secrets or an environment variable",
            category: RuleCategories.Security,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "Configuration files such as appsettings.json, launchSettings.json and .env files are committed to version control. Keep the token in user secrets, an environment variable or a vault, and revoke a token that was committed.",
            helpLinkUri: HelpLinks.For(RuleIds.TokenInConfigurationFile));

        public static readonly DiagnosticDescriptor TokenInUrl = new DiagnosticDescriptor(
            RuleIds.TokenInUrl,
            title: "Do not put a Coolset API token in a URL",
            messageFormat: "A Coolset API token is sent in the URL ({0}); send it in the Authorization header",
            category: RuleCategories.Security,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "URLs are written to server logs, proxy logs and browser history. The Coolset API takes the token in the 'Authorization: Bearer <token>' header; never in the query string or the path.",
            helpLinkUri: HelpLinks.For(RuleIds.TokenInUrl));

        public static readonly DiagnosticDescriptor NonBearerAuthorization = new DiagnosticDescriptor(
            RuleIds.NonBearerAuthorization,
            title: "Use the Bearer scheme for the Coolset Authorization header",
            messageFormat: "The Authorization header of this Coolset {0} {1}",
            category: RuleCategories.Security,
            defaultSeverity: DiagnosticSeverity.Warning,
            isEnabledByDefault: true,
            description: "The Coolset API authenticates every request with 'Authorization: Bearer <token>' and answers 401 to another scheme ('Basic', 'Token') or to a token sent without a scheme. Send the token with new AuthenticationHeaderValue(\"Bearer\", token).",
            helpLinkUri: HelpLinks.For(RuleIds.NonBearerAuthorization));
    }
}
