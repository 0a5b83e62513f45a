namespace Coolset.Analyzers.CodeFixes
{
    /// <summary>
    /// Code action equivalence keys. A rule's first action keeps one key wherever it is offered, so that
    /// <c>dotnet format analyzers</c> and Fix All apply it everywhere in one pass.
    /// </summary>
    public static class EquivalenceKeys
    {
        public const string ReadTokenFromEnvironmentVariable = "Coolset.ReadTokenFromEnvironmentVariable";
        public const string ReadTokenFromOptions = "Coolset.ReadTokenFromOptions";
        public const string ReadTokenFromConfiguration = "Coolset.ReadTokenFromConfiguration";
        public const string RemoveTokenFromLogMessage = "Coolset.RemoveTokenFromLogMessage";

        public const string UseHttpsForCoolsetUrl = "Coolset.UseHttpsForCoolsetUrl";

        /// <summary>COOL008: the token leaves the URL for the Authorization header.</summary>
        public const string MoveTokenToAuthorizationHeader = "Coolset.MoveTokenToAuthorizationHeader";

        /// <summary>COOL005: one key whether the header goes on the request or on a local client.</summary>
        public const string SetBearerAuthorizationHeader = "Coolset.SetBearerAuthorizationHeader";

        /// <summary>COOL009: one key whether the scheme argument changes or the value becomes a Bearer header value.</summary>
        public const string UseBearerScheme = "Coolset.UseBearerScheme";
    }
}
