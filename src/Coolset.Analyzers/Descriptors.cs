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
    }
}
