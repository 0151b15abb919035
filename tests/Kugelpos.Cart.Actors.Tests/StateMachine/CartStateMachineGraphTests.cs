using System.Reflection;
using Kugelpos.Cart.Actors.StateMachine;

namespace Kugelpos.Cart.Actors.Tests.StateMachine;

public sealed class CartStateMachineGraphTests
{
    /// <summary>Set to 1 to rewrite the pictures in docs/ from the definition instead of comparing.</summary>
    private const string RewriteVariable = "KUGELPOS_REWRITE_STATE_MACHINE_DOCS";

    public static TheoryData<string> Pictures => ["cart-state-machine.dot", "cart-state-machine.mmd"];

    [Theory]
    [MemberData(nameof(Pictures))]
    public void The_picture_in_docs_is_generated_from_the_machine_definition(string file)
    {
        var generated = Generate(file);
        var path = Path.Combine(DocsFolder(), file);

        if (Environment.GetEnvironmentVariable(RewriteVariable) == "1")
        {
            File.WriteAllText(path, generated);
        }

        var stored = File.Exists(path) ? File.ReadAllText(path).ReplaceLineEndings("\n") : null;
        Assert.True(
            stored == generated,
            $"docs/{file} does not match the cart state machine's definition (CartStateRules). Regenerate it with "
            + $"{RewriteVariable}=1 dotnet test tests/Kugelpos.Cart.Actors.Tests --filter {nameof(CartStateMachineGraphTests)}"
            + " and commit the file.");
    }

    [Fact]
    public void The_readme_shows_the_same_picture()
    {
        var readme = File.ReadAllText(Path.Combine(DocsFolder(), "..", "README.md")).ReplaceLineEndings("\n");

        Assert.True(
            readme.Contains("```mermaid\n" + Generate("cart-state-machine.mmd") + "```", StringComparison.Ordinal),
            "README.md's mermaid block of the cart state machine differs from docs/cart-state-machine.mmd: copy the file into it.");
    }

    [Fact]
    public void The_pictures_show_every_state_and_move()
    {
        var mermaid = CartStateMachineGraph.Mermaid();
        var dot = CartStateMachineGraph.Dot();

        foreach (var (state, operations) in CartStateTable.Allowed)
        {
            Assert.Contains(state.ToString(), mermaid, StringComparison.Ordinal);
            Assert.Contains(state.ToString(), dot, StringComparison.Ordinal);
            foreach (var (operation, next) in operations.Where(o => o.Value != state))
            {
                Assert.Contains($"{state} --> {next} : {operation}", mermaid, StringComparison.Ordinal);
            }
        }
    }

    private static string Generate(string file) =>
        (Path.GetExtension(file) == ".dot" ? CartStateMachineGraph.Dot() : CartStateMachineGraph.Mermaid())
            .ReplaceLineEndings("\n").TrimEnd('\n') + "\n";

    private static string DocsFolder() =>
        typeof(CartStateMachineGraphTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "DocsFolder").Value
        ?? throw new InvalidOperationException("The test project names no DocsFolder.");
}
