namespace Coolset.Analyzers.Tests.Verifiers
{
    internal static class EditorConfig
    {
        /// <summary>An <c>.editorconfig</c> for every file of a test project, with the given <c>key = value</c> lines.</summary>
        public static (string Path, string Content) With(params string[] lines) =>
            ("/.editorconfig", "root = true\n\n[*]\n" + string.Join("\n", lines) + "\n");
    }
}
