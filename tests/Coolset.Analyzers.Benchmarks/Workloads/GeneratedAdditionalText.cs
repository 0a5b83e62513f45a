using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Coolset.Analyzers.Workloads
{
    /// <summary>A generated configuration file as an <c>AdditionalFiles</c> entry, the way the build passes one.</summary>
    public sealed class GeneratedAdditionalText : AdditionalText
    {
        private readonly SourceText _text;

        public GeneratedAdditionalText(GeneratedFile file)
        {
            Path = "/generated/" + file.Path;
            _text = SourceText.From(file.Text);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
