namespace Coolset.Analyzers
{
    /// <summary>Diagnostic IDs, named by intent. They never change once shipped.</summary>
    public static class RuleIds
    {
        public const string InvalidConfiguration = "COOL000";
        public const string HardcodedLiveToken = "COOL001";
        public const string HardcodedBearerCredential = "COOL002";
        public const string TokenWrittenToLog = "COOL003";
        public const string InsecureCoolsetUrl = "COOL004";
        public const string RequestWithoutAuthorization = "COOL005";
        public const string TokenInConfigurationFile = "COOL006";
        public const string HardcodedTestToken = "COOL007";
        public const string TokenInUrl = "COOL008";
        public const string NonBearerAuthorization = "COOL009";
    }

    public static class RuleCategories
    {
        public const string Security = "Coolset.Security";
        public const string Configuration = "Coolset.Configuration";
    }

    public static class HelpLinks
    {
        public const string DocsBase = "https://github.com/coolset/Coolset.Analyzers/blob/main/docs/rules/";

        public static string For(string ruleId) => DocsBase + ruleId + ".md";
    }
}
